"use client";
import { Controller, useFormContext, useWatch } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { CheckboxField } from "@/components/ui/checkbox";
import { Field } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import { TextareaField, TextInputField } from "@/components/forms/form-fields";
import { fieldDomId, messageAt } from "@/components/forms/form-errors";
import { RowControls } from "@/components/forms/row-controls";
import { isSelectType, JOB_LIMITS, type JobFormValues } from "@/lib/jobs/job-form-schema";
import { QUESTION_TYPE_LABELS } from "@/lib/jobs/labels";
import { KnockoutEditor } from "./knockout-editor";
import { QuestionOptionsEditor } from "./question-options-editor";

type Props = {
  index: number;
  count: number;
  /** How many candidates answered it (0 for a new question): answers fix its meaning. */
  answers: number;
  chosenOptionIds: ReadonlySet<number>;
  onMove: (from: number, to: number) => void;
  onRemove: () => void;
};

export function QuestionCard({ index, count, answers, chosenOptionIds, onMove, onRemove }: Props) {
  const { control, register, formState, setValue, getValues } = useFormContext<JobFormValues>();
  const base = `questions.${index}` as const;
  const type = useWatch({ control, name: `${base}.type` });
  const typeId = fieldDomId(`${base}.type`);

  const typeRegistration = register(`${base}.type`, {
    onChange: () => {
      // A new type has different answers: the old knockout no longer means anything.
      setValue(`${base}.knockout`, null);
      const next = getValues(`${base}.type`);
      if (isSelectType(next) && getValues(`${base}.options`).length === 0)
        setValue(`${base}.options`, [{ label: "" }, { label: "" }]);
    },
  });

  return (
    <fieldset className="space-y-4 rounded-md border border-line p-4">
      <legend className="px-1 font-semibold">Question {index + 1}</legend>
      {answers > 0 && (
        <Alert variant="info" live="off">
          {answers} candidate{answers === 1 ? "" : "s"} answered this question. You can change its wording; its type
          stays, and so do options candidates chose (you can rename them). To ask something different, add a new
          question.
        </Alert>
      )}
      <TextInputField path={`${base}.label`} label="Question" required maxLength={JOB_LIMITS.questionLabel} />
      <TextareaField
        path={`${base}.description`}
        label="Help text"
        rows={2}
        maxLength={JOB_LIMITS.questionDescription}
        hint="Optional, shown under the question."
      />
      <div className="grid gap-4 sm:grid-cols-2">
        {answers > 0 ? (
          <div className="space-y-1.5">
            <p className="font-medium text-ink" id={typeId}>
              Answer type
            </p>
            <p>{QUESTION_TYPE_LABELS[type]} (fixed: it has answers)</p>
            {messageAt(formState.errors, `${base}.type`) && (
              <p className="text-sm text-danger">{messageAt(formState.errors, `${base}.type`)}</p>
            )}
          </div>
        ) : (
          <Field id={typeId} label="Answer type" required error={messageAt(formState.errors, `${base}.type`)}>
            <Select {...typeRegistration}>
              {Object.entries(QUESTION_TYPE_LABELS).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </Select>
          </Field>
        )}
        <Controller
          control={control}
          name={`${base}.required`}
          render={({ field }) => (
            <CheckboxField
              id={fieldDomId(`${base}.required`)}
              label="Candidates must answer"
              className="sm:pt-8"
              checked={field.value}
              onCheckedChange={(checked) => field.onChange(checked === true)}
            />
          )}
        />
      </div>
      {isSelectType(type) && <QuestionOptionsEditor index={index} chosenOptionIds={chosenOptionIds} />}
      <KnockoutEditor index={index} />
      <RowControls
        idPrefix="question"
        rowLabel={`question ${index + 1}`}
        index={index}
        count={count}
        onMove={onMove}
        onRemove={onRemove}
        removeBlockedReason={answers > 0 ? "Answered by candidates, so it cannot be removed." : undefined}
      />
    </fieldset>
  );
}
