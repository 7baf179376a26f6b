"use client";
import { Button } from "@/components/ui/button";
import { MERGE_FIELDS, type MergeField } from "@/lib/email/merge-fields";

const DESCRIPTIONS: Record<MergeField, string> = {
  "candidate.firstName": "Candidate's first name",
  "candidate.lastName": "Candidate's last name",
  "candidate.preferredName": "Preferred name, or the first name when none was given",
  "job.title": "Title of the job applied for",
  "organization.name": "Your organization's name",
  "application.reference": "The application's reference, like TRL-7K3M-9QXD",
  "sender.name": "Name of the staff member who sends the email",
};

/** The merge fields a template may use, each insertable into the body at the cursor. */
export function MergeFieldList({
  onInsert,
  target = "the body",
}: {
  onInsert: (field: MergeField) => void;
  /** Where Insert puts the field, for the buttons' names ("the German body"). */
  target?: string;
}) {
  return (
    <section aria-labelledby="merge-fields-title" className="space-y-2">
      <h2 id="merge-fields-title" className="font-semibold text-ink">
        Merge fields
      </h2>
      <p className="text-sm text-ink-muted">
        Anything else between double braces is refused when you save, so a typo never reaches a candidate.
      </p>
      <ul className="space-y-1.5">
        {MERGE_FIELDS.map((field) => (
          <li key={field} className="flex flex-wrap items-center gap-x-3 gap-y-1">
            <code className="rounded bg-canvas px-1.5 py-0.5">{`{{${field}}}`}</code>
            <span className="text-sm text-ink-muted">{DESCRIPTIONS[field]}</span>
            <Button
              size="sm"
              variant="ghost"
              onClick={() => onInsert(field)}
              aria-label={`Insert {{${field}}} into ${target}`}
            >
              Insert
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
