import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan, interviewSeatOf } from "@/lib/auth/permissions";
import type { DbTransaction } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { ScorecardFormValues } from "./schema";

/**
 * The interview the actor sits on (scheduled, with their panel row), or NOT_FOUND: every
 * scorecard write starts here, so nobody writes for an interview they are not on, and the
 * scorecard written is always the actor's own (it is found by interview and author).
 */
export async function findScorecardSeat(tx: DbTransaction, actor: Actor, interviewId: string) {
  assertCan(actor, "scorecard.write");
  const interview = await tx.interview.findFirst({
    where: { AND: [{ id: interviewId }, interviewSeatOf(actor)] },
    select: {
      id: true,
      applicationId: true,
      startsAt: true,
      application: { select: { job: { select: { scorecardAttributes: { select: { id: true } } } } } },
    },
  });
  if (!interview) throw new AppError("NOT_FOUND", "That interview does not exist, or you are not on its panel.");
  return {
    interviewId: interview.id,
    applicationId: interview.applicationId,
    startsAt: interview.startsAt,
    attributeIds: interview.application.job.scorecardAttributes.map((attribute) => attribute.id),
  };
}

/** What every scorecard write takes: `version` is the one the edit started from (0: none yet). */
export type ScorecardWriteInput = { actor: Actor; interviewId: string; values: unknown; version: number; now?: Date };

/** The actor's own scorecard for the interview: found by author, so nobody can name someone else's. */
export function findOwnScorecard(tx: DbTransaction, actor: Actor, interviewId: string) {
  return tx.scorecard.findUnique({
    where: { interviewId_authorId: { interviewId, authorId: actor.userId } },
    select: { id: true, status: true },
  });
}

/** Ratings may only name the attributes of the interview's job (a crafted id is refused). */
export function assertAttributesOfJob(values: ScorecardFormValues, attributeIds: number[]): void {
  const known = new Set(attributeIds);
  if (values.ratings.every((entry) => known.has(entry.attributeId))) return;
  throw new AppError("VALIDATION", "The scorecard was not saved.", {
    ratings: ["Rate only the attributes of this job's scorecard"],
  });
}
