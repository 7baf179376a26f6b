import type { Rating, Recommendation } from "@/lib/generated/prisma/enums";
import type { ScorecardFormValues } from "./schema";

type StoredScorecard = {
  recommendation: Recommendation | null;
  keyTakeaways: string;
  privateNotes: string | null;
  ratings: { attributeId: number; rating: Rating | null; notes: string }[];
};

/** The form's values: one entry per attribute of the job, in its order, filled from what is stored. */
export function toScorecardFormValues(attributeIds: number[], stored: StoredScorecard | null): ScorecardFormValues {
  const byAttribute = new Map((stored?.ratings ?? []).map((entry) => [entry.attributeId, entry]));
  return {
    ratings: attributeIds.map((attributeId) => ({
      attributeId,
      rating: byAttribute.get(attributeId)?.rating ?? null,
      notes: byAttribute.get(attributeId)?.notes ?? "",
    })),
    recommendation: stored?.recommendation ?? null,
    keyTakeaways: stored?.keyTakeaways ?? "",
    privateNotes: stored?.privateNotes ?? "",
  };
}
