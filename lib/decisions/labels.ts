// Words for the decision view and the timeline: ratings and recommendations are always written
// out, so no meaning rests on colour alone.
import type { DecisionKind, Recommendation } from "@/lib/generated/prisma/enums";
import type { Tone } from "@/lib/utils/tone";

export const DECISION_LABELS: Record<DecisionKind, string> = {
  ADVANCE: "Advance",
  REJECT: "Reject",
  MAKE_OFFER: "Make an offer",
};

// The scorecard form's own words, so the grid reads exactly as the interviewers chose.
export { RATING_LABELS, RECOMMENDATION_LABELS } from "@/lib/scorecards/schema";

/** Best first, as a reader scans a summary. */
export const RECOMMENDATION_ORDER: Recommendation[] = ["STRONG_YES", "YES", "NO_DECISION", "NO", "STRONG_NO"];

export const RECOMMENDATION_TONES: Record<Recommendation, Tone> = {
  STRONG_YES: "success",
  YES: "success",
  NO_DECISION: "neutral",
  NO: "danger",
  STRONG_NO: "danger",
};
