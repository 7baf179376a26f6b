import type { DecisionView } from "@/lib/decisions/get-decision-view";
import { DECISION_LABELS } from "@/lib/decisions/labels";
import { formatDateTime } from "@/lib/format/dates";

export function PastDecisions({ decisions }: Pick<DecisionView, "decisions">) {
  if (decisions.length === 0) return <p className="text-ink-muted">No decision has been recorded yet.</p>;
  return (
    <ol className="space-y-3" aria-label="Decisions, newest first">
      {decisions.map((decision) => (
        <li key={decision.id}>
          <p className="text-ink">
            <span className="font-semibold">{DECISION_LABELS[decision.kind]}</span> by {decision.decidedByName} ·{" "}
            <time className="text-sm text-ink-muted" dateTime={decision.createdAt.toISOString()}>
              {formatDateTime(decision.createdAt)}
            </time>
          </p>
          {decision.note === null ? (
            <p className="text-sm text-ink-muted">The note is shown once you may read the scorecards.</p>
          ) : (
            decision.note && <p className="whitespace-pre-wrap text-ink">{decision.note}</p>
          )}
        </li>
      ))}
    </ol>
  );
}
