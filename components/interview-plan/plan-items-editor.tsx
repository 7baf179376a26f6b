"use client";
import { useFieldArray, useFormContext, useWatch } from "react-hook-form";
import { fieldDomId, messageAt } from "@/components/forms/form-errors";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import type { InterviewPlanForEditing } from "@/lib/interview-plan/get-interview-plan";
import {
  INTERVIEW_PLAN_LIMITS,
  type InterviewPlanItemValues,
  type InterviewPlanValues,
} from "@/lib/interview-plan/schema";
import { PlanItemCard } from "./plan-item-card";

type Props = {
  stages: InterviewPlanForEditing["stages"];
  attributes: InterviewPlanForEditing["attributes"];
  scheduledByPlanItemId: Record<number, number>;
  /** Called with a removed item that has scheduled interviews, so the editor can say what happens to them. */
  onRemovedScheduled: (item: InterviewPlanItemValues) => void;
};

const addButtonId = (stageId: number | string) => `plan-add-${stageId}`;
const focusLater = (id: string) => requestAnimationFrame(() => document.getElementById(id)?.focus());

/**
 * The plan is one ordered list in the form; it is shown grouped by stage. Moving an item up or
 * down moves it past the previous or next item of its stage; changing its stage puts it last there.
 */
export function PlanItemsEditor({ stages, attributes, scheduledByPlanItemId, onRemovedScheduled }: Props) {
  const { control, formState, getValues } = useFormContext<InterviewPlanValues>();
  const { fields, append, remove, move } = useFieldArray({ control, name: "items" });
  const current = useWatch({ control, name: "items" });
  const stageIdAt = (index: number) => current[index]?.stageId ?? fields[index]?.stageId ?? "";
  const indexesOf = (stageId: string) => fields.flatMap((_, index) => (stageIdAt(index) === stageId ? [index] : []));
  const known = new Set(stages.map((stage) => String(stage.id)));
  const groups = [
    ...stages.map((stage) => ({ key: String(stage.id), title: stage.name, indexes: indexesOf(String(stage.id)) })),
    // Only a stale or forged form has these; shown so their errors can be fixed.
    {
      key: "none",
      title: "Without a stage",
      indexes: fields.flatMap((_, index) => (known.has(stageIdAt(index)) ? [] : [index])),
    },
  ].filter((group) => group.key !== "none" || group.indexes.length > 0);
  const full = fields.length >= INTERVIEW_PLAN_LIMITS.items;
  const listError = messageAt(formState.errors, "items");

  const removeItem = (index: number, stageId: string) => {
    const item = getValues(`items.${index}`);
    remove(index);
    if (item.planItemId !== undefined && (scheduledByPlanItemId[item.planItemId] ?? 0) > 0) onRemovedScheduled(item);
    focusLater(addButtonId(stageId));
  };
  const changeStage = (index: number) => {
    const last = fields.length - 1;
    if (index !== last) move(index, last);
    focusLater(fieldDomId(`items.${last}.stageId`));
  };

  return (
    <div className="space-y-8">
      {groups.map((group) => (
        <section key={group.key} aria-labelledby={`plan-stage-${group.key}-title`} className="space-y-3">
          <h3 id={`plan-stage-${group.key}-title`} className="text-lg font-semibold text-ink">
            {group.title}
            <span className="ml-2 text-base font-normal text-ink-muted">
              ({group.indexes.length === 1 ? "1 interview" : `${group.indexes.length} interviews`})
            </span>
          </h3>
          {group.indexes.length > 0 && (
            <ol className="space-y-3" aria-label={`Interviews in ${group.title}`}>
              {group.indexes.map((index, position) => {
                const planItemId = fields[index]?.planItemId;
                return (
                  <PlanItemCard
                    key={fields[index]!.id}
                    rowKey={fields[index]!.id}
                    index={index}
                    position={position}
                    count={group.indexes.length}
                    stageId={group.key}
                    stages={stages}
                    attributes={attributes}
                    scheduled={planItemId === undefined ? 0 : (scheduledByPlanItemId[planItemId] ?? 0)}
                    onMove={(from, to) => move(group.indexes[from]!, group.indexes[to]!)}
                    onRemove={() => removeItem(index, group.key)}
                    onStageChange={() => changeStage(index)}
                  />
                );
              })}
            </ol>
          )}
          {group.key !== "none" && (
            <Button
              id={addButtonId(group.key)}
              variant="secondary"
              size="sm"
              disabled={full}
              onClick={() =>
                append(
                  { stageId: group.key, name: "", durationMinutes: "45", instructions: "", attributeIds: [] },
                  { focusName: `items.${fields.length}.name` },
                )
              }
            >
              Add an interview to {group.title}
            </Button>
          )}
        </section>
      ))}
      <div id={fieldDomId("items")} tabIndex={-1}>
        {listError && <FieldError controlId={fieldDomId("items")}>{listError}</FieldError>}
        {full && (
          <p className="text-sm text-ink-muted">A plan holds at most {INTERVIEW_PLAN_LIMITS.items} interviews.</p>
        )}
      </div>
    </div>
  );
}
