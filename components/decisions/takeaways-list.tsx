import { EditedAfterReveal } from "@/components/scorecards/edited-after-reveal";
import type { DecisionView } from "@/lib/decisions/get-decision-view";
import { RATING_LABELS } from "@/lib/decisions/labels";
import { formatDateTime } from "@/lib/format/dates";

/** Each interviewer's key take-aways, their notes per attribute, and private notes for deciders. */
export function TakeawaysList({ attributes, scorecards }: Pick<DecisionView, "attributes" | "scorecards">) {
  if (scorecards.length === 0) return <p className="text-ink-muted">No take-aways yet.</p>;
  const attributeName = new Map(attributes.map((attribute) => [attribute.id, attribute.name]));
  return (
    <ul className="space-y-6">
      {scorecards.map((scorecard) => {
        const notes = Object.entries(scorecard.ratings).filter(([, entry]) => entry.notes.trim() !== "");
        return (
          <li key={scorecard.id}>
            <article aria-labelledby={`takeaways-${scorecard.id}`} className="space-y-2">
              <h3 id={`takeaways-${scorecard.id}`} className="font-semibold text-ink">
                {scorecard.author.name}{" "}
                <span className="font-normal text-ink-muted">· {scorecard.interview.title}</span>
              </h3>
              {scorecard.submittedAt && (
                <p className="text-sm text-ink-muted">
                  Submitted{" "}
                  <time dateTime={scorecard.submittedAt.toISOString()}>{formatDateTime(scorecard.submittedAt)}</time>
                </p>
              )}
              <EditedAfterReveal at={scorecard.editedAfterRevealAt} />
              <p className="whitespace-pre-wrap text-ink">
                {scorecard.keyTakeaways.trim() || "No key take-aways written."}
              </p>
              {notes.length > 0 && (
                <dl className="space-y-1 text-sm">
                  {notes.map(([attributeId, entry]) => (
                    <div key={attributeId}>
                      <dt className="font-medium text-ink">
                        {attributeName.get(Number(attributeId)) ?? "Attribute"}
                        {entry.rating && (
                          <span className="font-normal text-ink-muted"> ({RATING_LABELS[entry.rating]})</span>
                        )}
                      </dt>
                      <dd className="whitespace-pre-wrap text-ink">{entry.notes}</dd>
                    </div>
                  ))}
                </dl>
              )}
              {scorecard.privateNotes !== null && scorecard.privateNotes.trim() !== "" && (
                <div className="rounded border-l-4 border-warning bg-warning-soft px-3 py-2">
                  <p className="text-sm font-semibold text-ink">Private notes (only for the people who decide)</p>
                  <p className="whitespace-pre-wrap text-ink">{scorecard.privateNotes}</p>
                </div>
              )}
            </article>
          </li>
        );
      })}
    </ul>
  );
}
