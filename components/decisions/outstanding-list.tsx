import type { DecisionView } from "@/lib/decisions/get-decision-view";
import { formatDateTime } from "@/lib/format/dates";

const STATE_LABELS = { upcoming: "Interview not held yet", due: "Due", overdue: "Overdue" } as const;

/** Who still owes a scorecard, and by when. */
export function OutstandingList({ outstanding }: Pick<DecisionView, "outstanding">) {
  if (outstanding.length === 0)
    return <p className="text-ink-muted">Everyone on a scheduled interview has submitted a scorecard.</p>;
  return (
    <ul className="space-y-2">
      {outstanding.map((entry) => (
        <li key={`${entry.interviewId}-${entry.panelist.id}`} className="text-ink">
          <span className="font-medium">{entry.panelist.name}</span> · {entry.interviewTitle} ·{" "}
          <span className={entry.state === "overdue" ? "font-semibold text-danger" : undefined}>
            {STATE_LABELS[entry.state]}
          </span>
          {entry.state !== "upcoming" && (
            <span className="text-sm text-ink-muted">
              {" "}
              (due <time dateTime={entry.dueAt.toISOString()}>{formatDateTime(entry.dueAt)}</time>)
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
