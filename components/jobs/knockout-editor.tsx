"use client";
import { useEffect } from "react";
import { Controller, useFormContext, useWatch } from "react-hook-form";
import { CheckboxField } from "@/components/ui/checkbox";
import { Field } from "@/components/ui/field";
import { Fieldset } from "@/components/ui/fieldset";
import { Input } from "@/components/ui/input";
import { fieldDomId, messageAt } from "@/components/forms/form-errors";
import type { KnockoutRule } from "@/lib/submissions/knockout";
import { isSelectType, type JobFormValues } from "@/lib/jobs/job-form-schema";

const YES_NO = [
  { value: "YES", label: "Yes" },
  { value: "NO", label: "No" },
];

/**
 * Which answers end an application (lib/submissions/knockout.ts): chosen yes/no values or
 * option labels, or a minimum for numbers. Candidates are told kindly; the application is kept.
 */
export function KnockoutEditor({ index }: { index: number }) {
  const { control, formState, getValues, setValue } = useFormContext<JobFormValues>();
  const path = `questions.${index}.knockout` as const;
  const [type, options] = useWatch({ control, name: [`questions.${index}.type`, `questions.${index}.options`] });
  const labels = isSelectType(type) ? options.map((option) => option.label.trim()).filter(Boolean) : [];

  // A renamed or removed option is no longer a knockout answer.
  const labelKey = labels.join("\u0000");
  useEffect(() => {
    const rule = getValues(path);
    if (!rule || !("rejectIf" in rule) || !isSelectType(type)) return;
    const current = labelKey.split("\u0000");
    const kept = rule.rejectIf.filter((value) => current.includes(value));
    if (kept.length !== rule.rejectIf.length) setValue(path, kept.length > 0 ? { rejectIf: kept } : null);
  }, [labelKey, type, path, getValues, setValue]);

  const error = messageAt(formState.errors, path);
  const id = fieldDomId(path);

  if (type === "NUMBER") {
    return (
      <Controller
        control={control}
        name={path}
        render={({ field }) => (
          <Field
            id={id}
            label="Knockout: reject answers below"
            hint="Optional. For example 5 for “at least five years”."
            error={error}
          >
            <Input
              type="number"
              className="max-w-40"
              value={field.value && "rejectIfBelow" in field.value ? String(field.value.rejectIfBelow) : ""}
              onBlur={field.onBlur}
              onChange={(event) => {
                const value = event.target.value;
                field.onChange(value === "" || Number.isNaN(Number(value)) ? null : { rejectIfBelow: Number(value) });
              }}
            />
          </Field>
        )}
      />
    );
  }

  const choices = type === "YES_NO" ? YES_NO : labels.map((label) => ({ value: label, label }));
  if (choices.length === 0) return null;
  return (
    <Controller
      control={control}
      name={path}
      render={({ field }) => {
        const rejected = field.value && "rejectIf" in field.value ? field.value.rejectIf : [];
        const toggle = (value: string, on: boolean): KnockoutRule | null => {
          const next = on ? [...rejected, value] : rejected.filter((item) => item !== value);
          return next.length > 0 ? { rejectIf: next } : null;
        };
        return (
          <Fieldset
            id={id}
            legend="Knockout answers"
            description="Optional. An application with one of these answers does not meet a stated requirement."
            error={error}
            className="[&_legend]:text-sm"
          >
            <div className="flex flex-wrap gap-x-6 gap-y-2">
              {choices.map((choice, choiceIndex) => (
                <CheckboxField
                  key={choice.value}
                  id={`${id}-${choiceIndex}`}
                  label={`Reject “${choice.label}”`}
                  checked={rejected.includes(choice.value)}
                  onCheckedChange={(checked) => field.onChange(toggle(choice.value, checked === true))}
                />
              ))}
            </div>
          </Fieldset>
        );
      }}
    />
  );
}
