"use client";
import { Controller, useFormContext } from "react-hook-form";
import { fieldDomId, messageAt } from "@/components/forms/form-errors";
import { TextareaField } from "@/components/forms/form-fields";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Fieldset } from "@/components/ui/fieldset";
import { RadioGroup, RadioGroupItem } from "@/components/ui/radio-group";
import { RATING_LABELS, RATINGS, SCORECARD_LIMITS, type ScorecardFormValues } from "@/lib/scorecards/schema";

export type ScorecardAttributeView = { id: number; name: string; description: string | null; focus: boolean };

/** One attribute: the 4-point scale as a radio group (named by its legend, never by colour) and notes. */
export function RatingFieldset({ index, attribute }: { index: number; attribute: ScorecardAttributeView }) {
  const { control, formState, setValue } = useFormContext<ScorecardFormValues>();
  const path = `ratings.${index}.rating` as const;
  const id = fieldDomId(path);
  return (
    <div className="space-y-3 rounded-md border border-line p-4">
      <Fieldset
        id={id}
        legend={
          <span className="inline-flex flex-wrap items-center gap-2">
            {attribute.name}
            {attribute.focus && <Badge variant="info">Focus of this interview</Badge>}
          </span>
        }
        description={attribute.description ?? undefined}
        error={messageAt(formState.errors, path)}
      >
        {(group) => (
          <Controller
            control={control}
            name={path}
            render={({ field }) => (
              <div className="flex flex-wrap items-center gap-x-6 gap-y-3">
                <RadioGroup
                  {...group}
                  value={field.value ?? ""}
                  onValueChange={(value) => field.onChange(value)}
                  onBlur={field.onBlur}
                  orientation="horizontal"
                  className="flex flex-wrap gap-x-6 gap-y-3"
                >
                  {RATINGS.map((rating) => (
                    <RadioGroupItem key={rating} id={`${id}-${rating}`} value={rating} label={RATING_LABELS[rating]} />
                  ))}
                </RadioGroup>
                {field.value && (
                  <Button variant="ghost" size="sm" onClick={() => setValue(path, null, { shouldDirty: true })}>
                    Clear rating<span className="sr-only"> of {attribute.name}</span>
                  </Button>
                )}
              </div>
            )}
          />
        )}
      </Fieldset>
      <TextareaField
        path={`ratings.${index}.notes`}
        label={`Notes on ${attribute.name}`}
        rows={3}
        maxLength={SCORECARD_LIMITS.notes}
      />
    </div>
  );
}
