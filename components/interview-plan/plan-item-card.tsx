"use client";
import { Controller, useFormContext } from "react-hook-form";
import { TextareaField, TextInputField } from "@/components/forms/form-fields";
import { fieldDomId, messageAt } from "@/components/forms/form-errors";
import { RowControls } from "@/components/forms/row-controls";
import { CheckboxField } from "@/components/ui/checkbox";
import { Field } from "@/components/ui/field";
import { Fieldset } from "@/components/ui/fieldset";
import { Select } from "@/components/ui/select";
import type { InterviewPlanForEditing } from "@/lib/interview-plan/get-interview-plan";
import { interviewCount } from "@/lib/interview-plan/labels";
import { INTERVIEW_PLAN_LIMITS, type InterviewPlanValues } from "@/lib/interview-plan/schema";

type Props = {
  /** The item's index in the form's flat list. */
  index: number;
  /** Its place within its stage, and how many the stage has. */
  position: number;
  count: number;
  /** Stable per item, for ids that must not change when the list is reordered. */
  rowKey: string;
  stageId: string;
  stages: InterviewPlanForEditing["stages"];
  attributes: InterviewPlanForEditing["attributes"];
  scheduled: number;
  onMove: (from: number, to: number) => void;
  onRemove: () => void;
  onStageChange: () => void;
};

/** One interview of the plan: what it is called, how long it takes, what it is for. */
export function PlanItemCard({
  index,
  position,
  count,
  rowKey,
  stageId,
  stages,
  attributes,
  scheduled,
  onMove,
  onRemove,
  onStageChange,
}: Props) {
  const { control, formState, register, watch } = useFormContext<InterviewPlanValues>();
  const path = `items.${index}` as const;
  const name = watch(`${path}.name`) || `interview ${position + 1}`;
  const stageField = register(`${path}.stageId`, { onChange: onStageChange });
  return (
    <li className="space-y-4 rounded-md border border-line p-4">
      <div className="flex flex-wrap items-end gap-3">
        <TextInputField
          path={`${path}.name`}
          label="Interview"
          required
          maxLength={INTERVIEW_PLAN_LIMITS.name}
          className="min-w-60 flex-1"
          autoComplete="off"
        />
        <TextInputField
          path={`${path}.durationMinutes`}
          label="Length (minutes)"
          required
          inputMode="numeric"
          autoComplete="off"
          className="w-36"
        />
        <Field
          id={fieldDomId(`${path}.stageId`)}
          label="Stage"
          required
          error={messageAt(formState.errors, `${path}.stageId`)}
          className="w-56"
        >
          <Select {...stageField}>
            {!stages.some((stage) => String(stage.id) === stageId) && <option value={stageId}>Choose a stage</option>}
            {stages.map((stage) => (
              <option key={stage.id} value={String(stage.id)}>
                {stage.name}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      {scheduled > 0 && (
        <p className="text-sm text-ink-muted">
          {interviewCount(scheduled)} {scheduled === 1 ? "uses" : "use"} this plan. Renaming it does not rename{" "}
          {scheduled === 1 ? "it" : "them"}; removing it keeps {scheduled === 1 ? "it" : "them"} on the calendar, no
          longer linked to the plan.
        </p>
      )}
      <TextareaField
        path={`${path}.instructions`}
        label="Instructions for the panel"
        hint="What to cover and how. Never anything about the candidate: every panelist reads this."
        rows={3}
        maxLength={INTERVIEW_PLAN_LIMITS.instructions}
      />
      <Controller
        control={control}
        name={`${path}.attributeIds`}
        render={({ field }) => (
          <Fieldset
            id={fieldDomId(`${path}.attributeIds`)}
            legend="Focus attributes"
            description={
              attributes.length === 0
                ? "This job's scorecard has no attributes yet: add them in the job editor."
                : "What this interview rates the candidate on."
            }
            error={messageAt(formState.errors, `${path}.attributeIds`)}
          >
            <div className="grid gap-3 sm:grid-cols-2">
              {attributes.map((attribute) => (
                <CheckboxField
                  key={attribute.id}
                  id={`plan-${rowKey}-attribute-${attribute.id}`}
                  label={attribute.name}
                  checked={field.value.includes(attribute.id)}
                  onCheckedChange={(checked) =>
                    field.onChange(
                      checked === true
                        ? [...field.value, attribute.id]
                        : field.value.filter((id) => id !== attribute.id),
                    )
                  }
                />
              ))}
            </div>
          </Fieldset>
        )}
      />
      <RowControls
        idPrefix={`plan-stage-${stageId}`}
        rowLabel={`“${name}”`}
        index={position}
        count={count}
        onMove={onMove}
        onRemove={onRemove}
      />
    </li>
  );
}
