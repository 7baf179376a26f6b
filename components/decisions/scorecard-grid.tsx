import type { DecisionView } from "@/lib/decisions/get-decision-view";
import { RATING_LABELS, RECOMMENDATION_LABELS } from "./labels";

type Props = Pick<DecisionView, "attributes" | "scorecards">;

/**
 * Attributes (rows) × interviewers (columns). A real table: the column headers name the
 * interviewer and interview, the row headers the attribute, so a screen reader announces both
 * for every cell. Ratings are words; "Not rated" is said, not left blank.
 */
export function ScorecardGrid({ attributes, scorecards }: Props) {
  if (scorecards.length === 0) return <p className="text-ink-muted">No scorecard has been submitted yet.</p>;
  return (
    // The wrapper scrolls on narrow screens; it is focusable so keyboard users can scroll it too.
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-labelledby="scorecard-grid-caption">
      <table className="w-full min-w-max border-collapse border-line text-left text-sm">
        <caption id="scorecard-grid-caption" className="mb-2 text-left text-ink-muted">
          Ratings by attribute (rows) and interviewer (columns), on the scale Strong no, No, Yes, Strong yes.
        </caption>
        <thead>
          <tr>
            <th scope="col" className="border-b border-line p-2 font-semibold">
              Attribute
            </th>
            {scorecards.map((scorecard) => (
              <th key={scorecard.id} scope="col" className="border-b border-line p-2 align-bottom font-semibold">
                {scorecard.author.name}
                <span className="block font-normal text-ink-muted">{scorecard.interview.title}</span>
                {scorecard.editedAfterRevealAt && (
                  <span className="block text-xs font-semibold text-warning">
                    Edited after its author could read others&rsquo; feedback
                  </span>
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {attributes.map((attribute) => (
            <tr key={attribute.id}>
              <th scope="row" className="border-b border-line p-2 font-medium">
                {attribute.name}
              </th>
              {scorecards.map((scorecard) => {
                const rating = scorecard.ratings[attribute.id]?.rating;
                return (
                  <td key={scorecard.id} className="border-b border-line p-2">
                    {rating ? (
                      <span className={RATING_CLASSES[rating]}>{RATING_LABELS[rating]}</span>
                    ) : (
                      <span className="text-ink-muted">Not rated</span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" className="p-2 font-semibold">
              Overall recommendation
            </th>
            {scorecards.map((scorecard) => (
              <td key={scorecard.id} className="p-2 font-semibold">
                {scorecard.recommendation ? (
                  RECOMMENDATION_LABELS[scorecard.recommendation]
                ) : (
                  <span className="font-normal text-ink-muted">None given</span>
                )}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

// Colour and weight only reinforce the word in the cell.
const RATING_CLASSES = {
  STRONG_NO: "text-danger font-semibold",
  NO: "text-danger",
  YES: "text-success",
  STRONG_YES: "text-success font-semibold",
} as const;
