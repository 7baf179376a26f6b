import "server-only";
import type { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { getScorecardsForApplication } from "@/lib/scorecards/get-scorecards-for-application";
import type { scorecardSchema } from "./schemas";

/**
 * The submitted scorecards the actor may read, through the same blind-feedback rule as the
 * staff screens (getScorecardsForApplication). Private notes stay on the staff screens.
 */
export async function listScorecardsForApi({
  actor,
  applicationId,
}: {
  actor: Actor;
  applicationId: string;
}): Promise<z.input<typeof scorecardSchema>[]> {
  assertCan(actor, "scorecard.readAll");
  const { attributes, own, others } = await getScorecardsForApplication({ actor, applicationId });
  const attributeName = new Map(attributes.map((attribute) => [attribute.id, attribute.name]));
  return [...own, ...others]
    .filter((card) => card.status === "SUBMITTED" && card.submittedAt)
    .map((card) => ({
      id: card.id,
      application_id: applicationId,
      interview: {
        id: card.interview.id,
        title: card.interview.title,
        starts_at: card.interview.startsAt.toISOString(),
      },
      author: card.author,
      recommendation: card.recommendation,
      key_takeaways: card.keyTakeaways,
      ratings: card.ratings.map((rating) => ({
        attribute_id: rating.attributeId,
        attribute: attributeName.get(rating.attributeId) ?? "",
        rating: rating.rating,
        notes: rating.notes,
      })),
      submitted_at: card.submittedAt!.toISOString(),
    }));
}
