import { InterviewTimelineEntry } from "@/components/interviews/interview-timeline-entry";
import type { TimelineEntry } from "@/lib/candidates/get-application-timeline";
import { DECISION_LABELS } from "@/lib/decisions/labels";
import { EMAIL_STATUS_LABELS } from "@/lib/email/labels";
import { formatDateTime } from "@/lib/format/dates";
import { APPLICATION_STATUS_LABELS } from "@/lib/pipeline/labels";
import { NoteBody } from "./note-body";
import { OFFER_EVENT_LABELS } from "@/lib/offers/labels";

/** The application's history, newest first: stage moves, emails to the candidate, notes and decisions. */
export function Timeline({ entries }: { entries: TimelineEntry[] }) {
  if (entries.length === 0) return <p className="text-ink-muted">Nothing has happened yet.</p>;
  return (
    <ol className="space-y-5 border-l-2 border-line pl-5" aria-label="Timeline, newest first">
      {entries.map((entry) => (
        <li
          key={`${entry.kind}-${entry.id}`}
          id={entry.kind === "note" ? `note-${entry.id}` : undefined}
          className="scroll-mt-24"
        >
          <p className="text-sm text-ink-muted">
            <span className="font-semibold text-ink">{KIND_LABELS[entry.kind]}</span> ·{" "}
            <time dateTime={entry.at.toISOString()}>{formatDateTime(entry.at)}</time>
          </p>
          <div className="mt-1">
            <EntryBody entry={entry} />
          </div>
        </li>
      ))}
    </ol>
  );
}

const KIND_LABELS: Record<TimelineEntry["kind"], string> = {
  transition: "Stage",
  email: "Email",
  note: "Note",
  decision: "Decision",
  interview: "Interview",
  offer: "Offer",
};

function EntryBody({ entry }: { entry: TimelineEntry }) {
  switch (entry.kind) {
    case "note":
      return (
        <>
          <p className="text-sm text-ink-muted">{entry.authorName} wrote:</p>
          <NoteBody body={entry.body} />
        </>
      );
    case "email":
      return (
        <details className="group">
          <summary className="cursor-pointer text-ink">
            <span className="font-medium">{entry.subject}</span>{" "}
            <span className="text-sm text-ink-muted">
              to {entry.toAddress} · {EMAIL_STATUS_LABELS[entry.status]}
            </span>
          </summary>
          <pre className="mt-2 rounded border border-line bg-canvas p-3 font-sans text-sm break-words whitespace-pre-wrap text-ink">
            {entry.body}
          </pre>
        </details>
      );
    case "transition":
      return <p className="text-ink">{describeTransition(entry)}</p>;
    case "decision":
      return (
        <>
          <p className="text-ink">
            {entry.decidedByName} decided: <span className="font-semibold">{DECISION_LABELS[entry.decision]}</span>
          </p>
          {/* null: the reader may not read this application's feedback, and its note is part of it. */}
          {entry.note && <p className="mt-1 whitespace-pre-wrap text-ink">{entry.note}</p>}
        </>
      );
    case "interview":
      return <InterviewTimelineEntry entry={entry} />;
    case "offer":
      // No actor: the candidate answered on their status page, or the queue reminded or expired it.
      return (
        <p className="text-ink">
          {entry.actorName ??
            (entry.event === "offer.accepted" || entry.event === "offer.declined" ? "The candidate" : "Trellis")}{" "}
          {OFFER_EVENT_LABELS[entry.event]}
        </p>
      );
  }
}

function describeTransition(entry: Extract<TimelineEntry, { kind: "transition" }>): string {
  // No actor: the candidate withdrew from their status page, or Trellis itself acted.
  const who = entry.actorName ?? (entry.toStatus === "WITHDRAWN" ? "The candidate" : "Trellis");
  if (entry.fromStatus !== entry.toStatus) {
    const reason = entry.reason ? ` (${entry.reason.label})` : "";
    const where = entry.toStage ? ` at ${entry.toStage}` : "";
    return `${who}: ${APPLICATION_STATUS_LABELS[entry.fromStatus]} → ${APPLICATION_STATUS_LABELS[entry.toStatus]}${where}${reason}`;
  }
  if (!entry.fromStage) return `${who}: applied${entry.toStage ? ` (${entry.toStage})` : ""}`;
  return `${who}: ${entry.fromStage} → ${entry.toStage ?? "?"}`;
}
