"use client";
import { zodResolver } from "@hookform/resolvers/zod";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormProvider, useForm, useWatch } from "react-hook-form";
import { FormErrorSummary } from "@/components/forms/form-error-summary";
import { fieldDomId, flattenFormErrors, messageAt } from "@/components/forms/form-errors";
import { SelectField, TextInputField } from "@/components/forms/form-fields";
import { Button } from "@/components/ui/button";
import { DialogClose } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import type { SchedulingOptions } from "@/lib/interviews/load-application-interviews";
import {
  INTERVIEW_FORM_FIELDS,
  INTERVIEW_LIMITS,
  interviewFormSchema,
  type InterviewFormInput,
  type InterviewFormValues,
} from "@/lib/interviews/schema";
import { timeZoneLabel, timeZoneOptions } from "@/lib/interviews/time-zones";
import { browserTimeZone } from "./interview-form-values";
import { PanelPicker } from "./panel-picker";
import { PlanItemOptions } from "./plan-item-options";
import type { ActionResult, ConflictFailure } from "@/lib/actions/action-result";

type Props = {
  defaultValues: InterviewFormValues;
  options: SchedulingOptions;
  submitLabel: string;
  onSubmit: (values: InterviewFormValues) => Promise<ActionResult<object, ConflictFailure>>;
  onDone: (message: string) => void;
};

/** Schedule or reschedule: the same fields, validated by the schema the server action uses. */
export function InterviewForm({ defaultValues, options, submitLabel, onSubmit, onDone }: Props) {
  const router = useRouter();
  const [failure, setFailure] = useState<string | undefined>();
  const [focusKey, setFocusKey] = useState(0);
  const form = useForm<InterviewFormValues, unknown, InterviewFormInput>({
    resolver: zodResolver(interviewFormSchema),
    defaultValues,
  });
  const { errors, isSubmitting } = form.formState;
  const planItemId = useWatch({ control: form.control, name: "planItemId" });
  const zones = timeZoneOptions(browserTimeZone(), defaultValues.timeZone);

  // A planned interview brings its usual length, unless the coordinator already typed one.
  const onPlanItemChange = (value: string) => {
    const item = options.planItems.find((candidate) => String(candidate.id) === value);
    if (item && !form.getFieldState("durationMinutes").isDirty)
      form.setValue("durationMinutes", String(item.durationMinutes));
  };

  const submit = form.handleSubmit(
    async () => {
      setFailure(undefined);
      // The action parses the raw values with the same schema, so send them as typed.
      const result = await onSubmit(form.getValues());
      if (result.ok) return onDone(result.message);
      for (const field of INTERVIEW_FORM_FIELDS) {
        const message = result.fieldErrors?.[field]?.[0];
        if (message) form.setError(field, { message });
      }
      setFailure(result.message);
      setFocusKey((key) => key + 1);
      // Someone else changed the interview meanwhile: the page behind shows it as it is now.
      if ("conflict" in result && result.conflict) router.refresh();
    },
    () => setFocusKey((key) => key + 1),
  );

  return (
    <FormProvider {...form}>
      <form onSubmit={(event) => void submit(event)} noValidate className="space-y-5">
        <FormErrorSummary
          title="The interview could not be saved"
          errors={flattenFormErrors(errors)}
          message={failure}
          focusKey={focusKey}
        />
        {options.planItems.length > 0 && (
          <Field
            id={fieldDomId("planItemId")}
            label="Interview from the job's plan"
            error={messageAt(errors, "planItemId")}
          >
            <Select
              {...form.register("planItemId", { onChange: (event) => onPlanItemChange(String(event.target.value)) })}
            >
              <PlanItemOptions items={options.planItems} />
            </Select>
          </Field>
        )}
        <TextInputField
          path="title"
          label="Title"
          required={planItemId === ""}
          hint={
            planItemId === ""
              ? "What the candidate and the panel see, e.g. “Systems design”."
              : "Leave blank to use the planned interview's name."
          }
          maxLength={INTERVIEW_LIMITS.title}
          autoComplete="off"
        />
        <div className="grid gap-4 sm:grid-cols-2">
          <TextInputField path="date" label="Date" type="date" required />
          <TextInputField path="time" label="Start time" type="time" step={60} required />
        </div>
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField path="timeZone" label="Time zone" required hint="Times are sent to everyone in this zone.">
            {zones.map((zone) => (
              <option key={zone} value={zone}>
                {timeZoneLabel(zone)}
              </option>
            ))}
          </SelectField>
          <TextInputField
            path="durationMinutes"
            label="Length in minutes"
            inputMode="numeric"
            required
            hint={`${INTERVIEW_LIMITS.minDuration} to ${INTERVIEW_LIMITS.maxDuration}`}
          />
        </div>
        <TextInputField
          path="location"
          label="Location"
          hint="A room or address. Give a location, a video link, or both."
          maxLength={INTERVIEW_LIMITS.location}
        />
        <TextInputField path="videoUrl" label="Video link" type="url" hint="Starts with https://" spellCheck={false} />
        <PanelPicker staff={options.staff} />
        {options.arrangement && (
          <p className="rounded-md border border-line bg-canvas p-3 text-sm text-ink">
            The panel&apos;s emails include the arrangement agreed with the candidate: “{options.arrangement}”
          </p>
        )}
        <div className="flex flex-wrap justify-end gap-3">
          <DialogClose asChild>
            <Button variant="secondary">Close</Button>
          </DialogClose>
          <Button type="submit" disabled={isSubmitting}>
            {isSubmitting ? "Sending…" : submitLabel}
          </Button>
        </div>
      </form>
    </FormProvider>
  );
}
