import type { DecisionView } from "@/lib/decisions/get-decision-view";
import { RECOMMENDATION_LABELS, RECOMMENDATION_ORDER, RECOMMENDATION_TONES } from "@/lib/decisions/labels";
import type { Recommendation } from "@/lib/generated/prisma/enums";
import { Badge } from "@/components/ui/badge";

/** How the panel leans: a count per recommendation, then each interviewer's own. */
export function RecommendationsSummary({ scorecards }: Pick<DecisionView, "scorecards">) {
  if (scorecards.length === 0) return <p className="text-ink-muted">No recommendations yet.</p>;
  const counts = new Map<Recommendation, number>();
  for (const scorecard of scorecards) {
    if (scorecard.recommendation) counts.set(scorecard.recommendation, (counts.get(scorecard.recommendation) ?? 0) + 1);
  }
  const tally = RECOMMENDATION_ORDER.filter((recommendation) => counts.has(recommendation))
    .map((recommendation) => `${RECOMMENDATION_LABELS[recommendation]}: ${counts.get(recommendation)}`)
    .join(", ");
  return (
    <div className="space-y-3">
      <p className="text-ink">{tally || "Nobody gave an overall recommendation."}</p>
      <ul className="space-y-2">
        {scorecards.map((scorecard) => (
          <li key={scorecard.id} className="flex flex-wrap items-center gap-2">
            <span className="font-medium text-ink">{scorecard.author.name}</span>
            <span className="text-sm text-ink-muted">({scorecard.interview.title})</span>
            {scorecard.recommendation ? (
              <Badge variant={RECOMMENDATION_TONES[scorecard.recommendation]}>
                {RECOMMENDATION_LABELS[scorecard.recommendation]}
              </Badge>
            ) : (
              <span className="text-sm text-ink-muted">No recommendation</span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
