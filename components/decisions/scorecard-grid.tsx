import type { DecisionView } from "@/lib/decisions/get-decision-view";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow, TableTotalRow } from "@/components/ui/table";
import { RATING_LABELS, RECOMMENDATION_LABELS } from "@/lib/decisions/labels";

type Props = Pick<DecisionView, "attributes" | "scorecards">;

/**
 * Attributes (rows) × interviewers (columns). A real table: the column headers name the
 * interviewer and interview, the row headers the attribute, so a screen reader announces both
 * for every cell. Ratings are words; "Not rated" is said, not left blank.
 */
export function ScorecardGrid({ attributes, scorecards }: Props) {
  if (scorecards.length === 0) return <p className="text-ink-muted">No scorecard has been submitted yet.</p>;
  return (
    // The region scrolls on narrow screens; it is focusable so keyboard users can scroll it too.
    <Table
      frame="region"
      density="compact"
      captionVisible
      caption="Ratings by attribute (rows) and interviewer (columns), on the scale Strong no, No, Yes, Strong yes."
      className="min-w-max text-sm"
    >
      <TableHeader>
        <TableRow>
          <TableHead>Attribute</TableHead>
          {scorecards.map((scorecard) => (
            <TableHead key={scorecard.id} className="align-bottom">
              {scorecard.author.name}
              <span className="block font-normal text-ink-muted">{scorecard.interview.title}</span>
              {scorecard.editedAfterRevealAt && (
                <span className="block text-xs font-semibold text-warning">
                  Edited after its author could read others&rsquo; feedback
                </span>
              )}
            </TableHead>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {attributes.map((attribute) => (
          <TableRow key={attribute.id}>
            <TableHead scope="row">{attribute.name}</TableHead>
            {scorecards.map((scorecard) => {
              const rating = scorecard.ratings[attribute.id]?.rating;
              return (
                <TableCell key={scorecard.id}>
                  {rating ? (
                    <span className={RATING_CLASSES[rating]}>{RATING_LABELS[rating]}</span>
                  ) : (
                    <span className="text-ink-muted">Not rated</span>
                  )}
                </TableCell>
              );
            })}
          </TableRow>
        ))}
      </TableBody>
      <TableTotalRow label="Overall recommendation">
        {scorecards.map((scorecard) => (
          <TableCell key={scorecard.id}>
            {scorecard.recommendation ? (
              RECOMMENDATION_LABELS[scorecard.recommendation]
            ) : (
              <span className="font-normal text-ink-muted">None given</span>
            )}
          </TableCell>
        ))}
      </TableTotalRow>
    </Table>
  );
}

// Colour and weight only reinforce the word in the cell.
const RATING_CLASSES = {
  STRONG_NO: "text-danger font-semibold",
  NO: "text-danger",
  YES: "text-success",
  STRONG_YES: "text-success font-semibold",
} as const;
