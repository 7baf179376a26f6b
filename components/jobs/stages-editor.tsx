"use client";
import { useState } from "react";
import { useFieldArray, useFormContext, useWatch } from "react-hook-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { SelectField, TextInputField } from "@/components/forms/form-fields";
import { fieldDomId, messageAt } from "@/components/forms/form-errors";
import { RowControls } from "@/components/forms/row-controls";
import { STAGE_KIND_LABELS } from "@/lib/jobs/labels";
import { JOB_LIMITS, type JobFormValues } from "@/lib/jobs/job-form-schema";

type Stage = JobFormValues["stages"][number];
type Props = { applicationsByStageId: Record<number, number>; planItemsByStageId: Record<number, number> };

let newStageCount = 0;
const newStageKey = () => `new-${Date.now().toString(36)}-${(newStageCount += 1)}`;

/**
 * The job's pipeline. Removing a stage that holds applications or interview-plan items asks where
 * they go (the interviews of those items keep their place in the plan); the move is made (and
 * recorded in each application's history) when the job is saved.
 */
export function StagesEditor({ applicationsByStageId, planItemsByStageId }: Props) {
  const { control, formState, getValues } = useFormContext<JobFormValues>();
  const stages = useFieldArray({ control, name: "stages" });
  const moves = useFieldArray({ control, name: "stageMoves" });
  const current = useWatch({ control, name: "stages" });
  const [removed, setRemoved] = useState<ReadonlyMap<number, Stage>>(new Map());
  const countOf = (stageId: number | undefined) => (stageId === undefined ? 0 : (applicationsByStageId[stageId] ?? 0));
  const planItemsOf = (stageId: number) => planItemsByStageId[stageId] ?? 0;

  const removeStage = (index: number) => {
    const stage = getValues(`stages.${index}`);
    const { stageId } = stage;
    stages.remove(index);
    if (stageId !== undefined && countOf(stageId) + planItemsOf(stageId) > 0) {
      setRemoved((previous) => new Map(previous).set(stageId, stage));
      moves.append({ fromStageId: stageId, toStageKey: "" }, { shouldFocus: true });
    }
  };
  const keepStage = (moveIndex: number, stageId: number) => {
    const stage = removed.get(stageId);
    moves.remove(moveIndex);
    if (stage) stages.append(stage);
  };
  const listError = messageAt(formState.errors, "stages");

  return (
    <div className="space-y-4">
      <ol className="space-y-3">
        {stages.fields.map((field, index) => {
          const count = countOf(field.stageId);
          return (
            <li key={field.id} className="flex flex-wrap items-end gap-3 rounded-md border border-line p-3">
              <TextInputField
                path={`stages.${index}.name`}
                label={`Stage ${index + 1}`}
                required
                maxLength={JOB_LIMITS.stageName}
                className="min-w-52 flex-1"
              />
              <SelectField path={`stages.${index}.kind`} label="Kind" required className="w-44">
                {Object.entries(STAGE_KIND_LABELS).map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </SelectField>
              <p className="min-w-28 pb-2.5 text-sm text-ink-muted">
                {count === 1 ? "1 application" : `${count} applications`}
              </p>
              <RowControls
                idPrefix="stage"
                rowLabel={`stage ${index + 1}`}
                index={index}
                count={stages.fields.length}
                onMove={stages.move}
                onRemove={stages.fields.length > 1 ? () => removeStage(index) : undefined}
              />
            </li>
          );
        })}
      </ol>
      {moves.fields.map((field, moveIndex) => {
        const stage = removed.get(field.fromStageId);
        const count = countOf(field.fromStageId);
        const planItems = planItemsOf(field.fromStageId);
        return (
          <Alert key={field.id} variant="warning" live="off" title={`Removing “${stage?.name ?? "a stage"}”`}>
            <div className="space-y-3">
              <p>
                It holds {count === 1 ? "1 application" : `${count} applications`} (active and closed)
                {planItems > 0 && (
                  <>
                    {" "}
                    and {planItems === 1 ? "1 interview-plan item" : `${planItems} interview-plan items`}, whose
                    interviews stay linked to them
                  </>
                )}
                . Choose the stage they move to; each application&apos;s move is recorded in its history when you save.
                Hired applications can only go to a Hired stage, and active ones to any other.
              </p>
              <div className="flex flex-wrap items-end gap-3">
                <SelectField
                  path={`stageMoves.${moveIndex}.toStageKey`}
                  label="Move them to"
                  required
                  className="min-w-60"
                >
                  <option value="">Choose a stage</option>
                  {current.map((option) => (
                    <option key={option.key} value={option.key}>
                      {option.name || "(unnamed stage)"}
                    </option>
                  ))}
                </SelectField>
                <Button variant="secondary" onClick={() => keepStage(moveIndex, field.fromStageId)}>
                  Keep “{stage?.name ?? "the stage"}” instead
                </Button>
              </div>
            </div>
          </Alert>
        );
      })}
      <div id={fieldDomId("stages")} tabIndex={-1} className="space-y-3">
        {listError && <FieldError controlId={fieldDomId("stages")}>{listError}</FieldError>}
        <Button
          variant="secondary"
          disabled={stages.fields.length >= JOB_LIMITS.stages}
          onClick={() => stages.append({ key: newStageKey(), name: "", kind: "INTERVIEW" })}
        >
          Add stage
        </Button>
      </div>
    </div>
  );
}
