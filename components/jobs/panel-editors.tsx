"use client";
import { useFieldArray, useFormContext } from "react-hook-form";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { fieldDomId, messageAt } from "@/components/forms/form-errors";
import { SelectField, TextareaField, TextInputField } from "@/components/forms/form-fields";
import { RowControls } from "@/components/forms/row-controls";
import { ROLE_LABELS } from "@/lib/auth/actor";
import { JOB_LIMITS, type JobFormValues } from "@/lib/jobs/job-form-schema";
import { HIRING_TEAM_ROLE_LABELS } from "@/lib/jobs/labels";
import type { JobFormOptions } from "@/lib/jobs/list-job-form-options";

/**
 * What the panel rates each candidate on, in this order, on a 4-point scale. An attribute that
 * scorecards rated can be renamed but not removed: removing it would delete their ratings.
 */
export function ScorecardAttributesEditor({ ratingsByAttributeId }: { ratingsByAttributeId: Record<number, number> }) {
  const { control, formState } = useFormContext<JobFormValues>();
  const { fields, append, remove, move } = useFieldArray({ control, name: "scorecardAttributes" });
  const ratingsOf = (attributeId: number | undefined) =>
    attributeId === undefined ? 0 : (ratingsByAttributeId[attributeId] ?? 0);
  const listError = messageAt(formState.errors, "scorecardAttributes");
  return (
    <div className="space-y-4">
      {fields.length === 0 && (
        <p className="text-ink-muted">No attributes yet: interviewers will only give an overall recommendation.</p>
      )}
      <ol className="space-y-3">
        {fields.map((field, index) => (
          <li key={field.id} className="space-y-3 rounded-md border border-line p-3">
            <TextInputField
              path={`scorecardAttributes.${index}.name`}
              label={`Attribute ${index + 1}`}
              required
              maxLength={JOB_LIMITS.attributeName}
            />
            <TextareaField
              path={`scorecardAttributes.${index}.description`}
              label="What good looks like"
              rows={2}
              maxLength={JOB_LIMITS.attributeDescription}
            />
            <RowControls
              idPrefix="attribute"
              rowLabel={`attribute ${index + 1}`}
              index={index}
              count={fields.length}
              onMove={move}
              onRemove={() => remove(index)}
              removeBlockedReason={
                ratingsOf(field.attributeId) > 0
                  ? `Rated in ${ratingsOf(field.attributeId)} scorecard(s), so it stays (you can rename it)`
                  : undefined
              }
            />
          </li>
        ))}
      </ol>
      <div id={fieldDomId("scorecardAttributes")} tabIndex={-1} className="space-y-3">
        {listError && <FieldError controlId={fieldDomId("scorecardAttributes")}>{listError}</FieldError>}
        <Button
          variant="secondary"
          disabled={fields.length >= JOB_LIMITS.attributes}
          onClick={() => append({ name: "", description: "" })}
        >
          Add attribute
        </Button>
      </div>
    </div>
  );
}

/** Who is on the job: a hiring manager sees its pipeline; interviewers see their interviews. */
export function HiringTeamEditor({ staff }: { staff: JobFormOptions["staff"] }) {
  const { control } = useFormContext<JobFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name: "hiringTeam" });
  return (
    <div className="space-y-4">
      {fields.length === 0 && <p className="text-ink-muted">Nobody yet.</p>}
      <ul className="space-y-3">
        {fields.map((field, index) => (
          <li key={field.id} className="flex flex-wrap items-end gap-3 rounded-md border border-line p-3">
            <SelectField
              path={`hiringTeam.${index}.userId`}
              label={`Person ${index + 1}`}
              required
              className="min-w-64 flex-1"
            >
              <option value="">Choose a person</option>
              {staff.map((user) => (
                <option key={user.id} value={user.id}>
                  {user.name} ({user.email}, {ROLE_LABELS[user.role]})
                </option>
              ))}
            </SelectField>
            <SelectField path={`hiringTeam.${index}.role`} label="Role on this job" required className="w-48">
              {Object.entries(HIRING_TEAM_ROLE_LABELS).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </SelectField>
            <Button
              size="sm"
              variant="ghost"
              className="mb-1"
              onClick={() => remove(index)}
              aria-label={`Remove person ${index + 1} from the hiring team`}
            >
              Remove
            </Button>
          </li>
        ))}
      </ul>
      <Button
        variant="secondary"
        disabled={fields.length >= JOB_LIMITS.hiringTeam}
        onClick={() => append({ userId: "", role: "INTERVIEWER" })}
      >
        Add person
      </Button>
    </div>
  );
}
