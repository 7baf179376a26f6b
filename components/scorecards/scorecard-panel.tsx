"use client";
import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { formatDateTime } from "@/lib/format/dates";
import type { ScorecardFormValues } from "@/lib/scorecards/schema";
import type { ScorecardAttributeView } from "./rating-fieldset";
import { ScorecardDetails } from "./scorecard-details";
import { ScorecardForm, type ScorecardSavedResult } from "./scorecard-form";
import { clearLocalCopy, localCopyKey, readLocalCopy, sameScorecardValues } from "./scorecard-local-copy";

export type MyScorecardState = {
  status: "DRAFT" | "SUBMITTED" | null;
  version: number;
  submittedAt: Date | null;
  revisions: { count: number; lastAt: Date | null };
  values: ScorecardFormValues;
};

type Props = { interviewId: string; authorId: string; attributes: ScorecardAttributeView[]; initial: MyScorecardState };

/** The author's own scorecard: the draft form, then the submitted scorecard with Edit (each edit a new revision). */
export function ScorecardPanel({ interviewId, authorId, attributes, initial }: Props) {
  // After a submit or an edit, what this tab saved, until the page's fresh data catches up.
  const [saved, setSaved] = useState<MyScorecardState | null>(null);
  const current = saved && saved.version > initial.version ? saved : initial;
  const [mode, setMode] = useState<"form" | "view" | "edit">(initial.status === "SUBMITTED" ? "view" : "form");
  const [editStart, setEditStart] = useState<{ values: ScorecardFormValues; version: number } | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const storageKey = localCopyKey(interviewId, authorId);

  // An edit of a submitted scorecard left unsaved in this browser (a reload, a crash) reopens as an edit.
  useEffect(() => {
    if (initial.status !== "SUBMITTED") return;
    const copy = readLocalCopy(storageKey);
    if (copy && !sameScorecardValues(copy.values, initial.values)) {
      // eslint-disable-next-line react-hooks/set-state-in-effect -- localStorage exists only after hydration
      setEditStart({ values: initial.values, version: initial.version });
      setMode("edit");
    }
    // Once per mount.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const afterSave = (result: ScorecardSavedResult, submittedAt: Date, message: string) => {
    setSaved({
      status: "SUBMITTED",
      version: result.version,
      submittedAt,
      revisions: { count: current.revisions.count + 1, lastAt: result.at },
      values: result.values,
    });
    setMode("view");
    setAnnouncement(message);
  };

  const startEdit = (values: ScorecardFormValues, version: number) => {
    setEditStart({ values, version });
    setMode("edit");
    setAnnouncement("");
  };

  return (
    <div className="space-y-4">
      <p role="status" aria-live="polite" className="font-semibold text-success empty:hidden">
        {announcement}
      </p>
      {mode === "form" && (
        <ScorecardForm
          interviewId={interviewId}
          authorId={authorId}
          attributes={attributes}
          mode="draft"
          initialValues={current.values}
          initialVersion={current.version}
          onSaved={(result) =>
            afterSave(
              result,
              result.at,
              "Scorecard submitted. You can now read the other interviewers' feedback where this job allows it.",
            )
          }
          onEditSubmittedInstead={startEdit}
        />
      )}
      {mode === "edit" && editStart && (
        <ScorecardForm
          interviewId={interviewId}
          authorId={authorId}
          attributes={attributes}
          mode="edit"
          initialValues={editStart.values}
          initialVersion={editStart.version}
          onSaved={(result) =>
            afterSave(
              result,
              current.submittedAt ?? result.at,
              "Changes saved. The earlier version is kept in the history.",
            )
          }
          onCancelEdit={() => {
            clearLocalCopy(storageKey);
            setMode("view");
          }}
        />
      )}
      {mode === "view" && (
        <div className="space-y-4">
          <History submittedAt={current.submittedAt} revisions={current.revisions} />
          <ScorecardDetails attributes={attributes} scorecard={current.values} />
          <Button variant="secondary" onClick={() => startEdit(current.values, current.version)}>
            Edit your scorecard
          </Button>
        </div>
      )}
    </div>
  );
}

function History({ submittedAt, revisions }: { submittedAt: Date | null; revisions: MyScorecardState["revisions"] }) {
  const edits = Math.max(revisions.count - 1, 0);
  return (
    <p className="text-sm text-ink-muted">
      {submittedAt ? `Submitted ${formatDateTime(new Date(submittedAt))}.` : "Submitted."}{" "}
      {edits === 0
        ? "Not edited since."
        : `Edited ${edits} time${edits === 1 ? "" : "s"} since, last ${revisions.lastAt ? formatDateTime(new Date(revisions.lastAt)) : ""}; every version is kept.`}
    </p>
  );
}
