"use client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { formatDateTime } from "@/lib/format/dates";
import type { ScorecardConflict } from "./use-scorecard-autosave";

type Props = {
  conflict: ScorecardConflict;
  onLoadTheirs: () => void;
  onKeepMine: () => void;
};

/**
 * Two tabs (or a reload with unsaved text) edited one scorecard: say so and let the person
 * choose; nothing is overwritten until they do, and their text stays in this browser meanwhile.
 */
export function ConflictNotice({ conflict, onLoadTheirs, onKeepMine }: Props) {
  const { theirs } = conflict;
  const submitted = theirs.status === "SUBMITTED";
  return (
    <Alert variant="warning" live="assertive" title="This scorecard was changed in another tab">
      <p>
        A newer version was saved{theirs.updatedAt ? ` at ${formatDateTime(new Date(theirs.updatedAt))}` : ""}
        {submitted ? " and submitted" : ""} while you were editing here. Your text on this page is kept in this browser
        until you choose.
      </p>
      <div className="mt-3 flex flex-wrap gap-3">
        <Button variant="secondary" size="sm" onClick={onLoadTheirs}>
          {submitted ? "Show the submitted scorecard" : "Load the newer version"}
        </Button>
        <Button size="sm" onClick={onKeepMine}>
          {submitted ? "Use my text as an edit to it" : "Keep mine and overwrite it"}
        </Button>
      </div>
    </Alert>
  );
}
