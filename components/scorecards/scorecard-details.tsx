import type { Rating, Recommendation } from "@/lib/generated/prisma/enums";
import { RATING_LABELS, RECOMMENDATION_LABELS } from "@/lib/scorecards/schema";

type Details = {
  recommendation: Recommendation | null;
  keyTakeaways: string;
  /** null: the reader may not see them (they were never loaded). */
  privateNotes: string | null;
  ratings: { attributeId: number; rating: Rating | null; notes: string }[];
};

/** A scorecard as it reads once written: ratings by attribute in words, recommendation, take-aways. */
export function ScorecardDetails({
  attributes,
  scorecard,
}: {
  attributes: { id: number; name: string }[];
  scorecard: Details;
}) {
  const byAttribute = new Map(scorecard.ratings.map((entry) => [entry.attributeId, entry]));
  return (
    <div className="space-y-4">
      <p className="text-ink">
        <span className="font-semibold">Overall recommendation: </span>
        {scorecard.recommendation ? (
          RECOMMENDATION_LABELS[scorecard.recommendation]
        ) : (
          <span className="text-ink-muted italic">none yet</span>
        )}
      </p>
      <dl className="grid gap-3">
        {attributes.map((attribute) => {
          const entry = byAttribute.get(attribute.id);
          return (
            <div key={attribute.id} className="border-l-2 border-line pl-3">
              <dt className="font-medium text-ink">{attribute.name}</dt>
              <dd className="text-ink">
                {entry?.rating ? (
                  <span className="font-semibold">{RATING_LABELS[entry.rating]}</span>
                ) : (
                  <span className="text-ink-muted italic">Not rated</span>
                )}
                {entry?.notes && <p className="mt-1 break-words whitespace-pre-wrap">{entry.notes}</p>}
              </dd>
            </div>
          );
        })}
      </dl>
      <div>
        <p className="font-semibold text-ink">Key take-aways</p>
        <p className="mt-1 break-words whitespace-pre-wrap text-ink">
          {scorecard.keyTakeaways || <span className="text-ink-muted italic">None</span>}
        </p>
      </div>
      {scorecard.privateNotes !== null && scorecard.privateNotes !== "" && (
        <div>
          <p className="font-semibold text-ink">Private notes</p>
          <p className="mt-1 break-words whitespace-pre-wrap text-ink">{scorecard.privateNotes}</p>
        </div>
      )}
    </div>
  );
}
