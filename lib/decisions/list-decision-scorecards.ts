import "server-only";
import type { Actor } from "@/lib/auth/actor";
import type { ScorecardAccess } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import type { Rating, Recommendation } from "@/lib/generated/prisma/enums";

export type DecisionScorecard = {
  id: string;
  interview: { id: string; title: string; startsAt: Date };
  author: { id: string; name: string };
  recommendation: Recommendation | null;
  keyTakeaways: string;
  /** Null when the viewer may not read it (only the author and the people who decide may). */
  privateNotes: string | null;
  submittedAt: Date | null;
  /** Ratings and notes by ScorecardAttribute id; an attribute left unrated is absent. */
  ratings: Record<number, { rating: Rating | null; notes: string }>;
};

/**
 * The submitted scorecards of one application that `access` (scorecardAccess) lets the actor
 * read: everyone's, or only their own. Drafts never leave their author.
 */
export async function listDecisionScorecards({ actor, applicationId, access }: { actor: Actor; applicationId: string; access: ScorecardAccess }): Promise<DecisionScorecard[]> {
  const rows = await db.scorecard.findMany({
    where: { applicationId, status: "SUBMITTED", ...(access.readOthers ? {} : { authorId: actor.userId }) },
    orderBy: [{ interview: { startsAt: "asc" } }, { submittedAt: "asc" }],
    select: {
      id: true,
      recommendation: true,
      keyTakeaways: true,
      privateNotes: true,
      submittedAt: true,
      interview: { select: { id: true, title: true, startsAt: true } },
      author: { select: { id: true, name: true, email: true } },
      ratings: { select: { attributeId: true, rating: true, notes: true } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    interview: row.interview,
    author: { id: row.author.id, name: row.author.name ?? row.author.email },
    recommendation: row.recommendation,
    keyTakeaways: row.keyTakeaways,
    privateNotes: access.readPrivateNotes || row.author.id === actor.userId ? row.privateNotes : null,
    submittedAt: row.submittedAt,
    ratings: Object.fromEntries(row.ratings.map((rating) => [rating.attributeId, { rating: rating.rating, notes: rating.notes }])),
  }));
}
