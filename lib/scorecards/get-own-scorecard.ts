import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { interviewSeatOf } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { toScorecardFormValues } from "./form-values";

/**
 * The actor's own scorecard for an interview they sit on, as the form edits it (what a tab
 * that lost a save race loads). Only ever the author's: it is found by interview and author.
 */
export async function getOwnScorecard({ actor, interviewId }: { actor: Actor; interviewId: string }) {
  const interview = await db.interview.findFirst({
    where: { AND: [{ id: interviewId }, interviewSeatOf(actor)] },
    select: {
      application: {
        select: { job: { select: { scorecardAttributes: { orderBy: { position: "asc" }, select: { id: true } } } } },
      },
      scorecards: {
        where: { authorId: actor.userId },
        select: {
          status: true,
          version: true,
          updatedAt: true,
          recommendation: true,
          keyTakeaways: true,
          privateNotes: true,
          ratings: { select: { attributeId: true, rating: true, notes: true } },
        },
      },
    },
  });
  if (!interview) throw new AppError("NOT_FOUND", "That interview does not exist, or you are not on its panel.");
  const own = interview.scorecards[0] ?? null;
  const attributeIds = interview.application.job.scorecardAttributes.map((attribute) => attribute.id);
  return {
    status: own?.status ?? null,
    version: own?.version ?? 0,
    updatedAt: own?.updatedAt ?? null,
    values: toScorecardFormValues(attributeIds, own),
  };
}

export type OwnScorecard = Awaited<ReturnType<typeof getOwnScorecard>>;
