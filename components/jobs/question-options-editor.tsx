"use client";
import { useFieldArray, useFormContext } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { Fieldset } from "@/components/ui/fieldset";
import { TextInputField } from "@/components/forms/form-fields";
import { fieldDomId, messageAt } from "@/components/forms/form-errors";
import { RowControls } from "@/components/forms/row-controls";
import { JOB_LIMITS, type JobFormValues } from "@/lib/jobs/job-form-schema";

/** The choices of a select question; options candidates picked can be renamed but not removed. */
export function QuestionOptionsEditor({
  index,
  chosenOptionIds,
}: {
  index: number;
  chosenOptionIds: ReadonlySet<number>;
}) {
  const { control, formState } = useFormContext<JobFormValues>();
  const path = `questions.${index}.options` as const;
  const { fields, append, remove, move } = useFieldArray({ control, name: path });
  return (
    <Fieldset
      id={fieldDomId(path)}
      legend="Options"
      required
      error={messageAt(formState.errors, path)}
      className="[&_legend]:text-sm"
    >
      <ol className="space-y-3">
        {fields.map((field, optionIndex) => {
          const chosen = field.optionId !== undefined && chosenOptionIds.has(field.optionId);
          return (
            <li key={field.id} className="flex flex-wrap items-end gap-3">
              <TextInputField
                path={`${path}.${optionIndex}.label`}
                label={`Option ${optionIndex + 1}`}
                required
                maxLength={JOB_LIMITS.optionLabel}
                className="min-w-56 flex-1"
              />
              <RowControls
                idPrefix={`q${index}-option`}
                rowLabel={`option ${optionIndex + 1}`}
                index={optionIndex}
                count={fields.length}
                onMove={move}
                onRemove={() => remove(optionIndex)}
                removeBlockedReason={chosen ? "Chosen by candidates: rename it, but it stays." : undefined}
              />
            </li>
          );
        })}
      </ol>
      <Button
        size="sm"
        variant="secondary"
        disabled={fields.length >= JOB_LIMITS.options}
        onClick={() => append({ label: "" })}
      >
        Add option
      </Button>
    </Fieldset>
  );
}
