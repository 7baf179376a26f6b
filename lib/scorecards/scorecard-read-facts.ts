import "server-only";
// The facts blind feedback is decided on, read from the database in one place, so every reader
// of feedback (scorecards, the decision view, decision notes on the timeline) and the record of
// edits made after the reveal apply scorecardAccess to the same facts.
import type { Actor } from "@/lib/auth/actor";
import {
  interviewSeatOf,
  scorecardAccess,
  type ScorecardAccess,
  type ScorecardReadFacts,
} from "@/lib/auth/permissions";
import type { DbTransaction } from "@/lib/db";

type Reader = Pick<DbTransaction, "application" | "interview" | "scorecard">;

/** The actor's facts for one application (the caller has checked the application is visible). */
export async function loadScorecardReadFacts(
  client: Reader,
  actor: Actor,
  applicationId: string,
): Promise<ScorecardReadFacts> {
  // Sequential (not Promise.all) for the embedded PGlite server: see load-candidate-profile-view.ts.
  const application = await client.application.findUniqueOrThrow({
    where: { id: applicationId },
    select: {
      job: {
        select: {
          feedbackVisibility: true,
          hiringTeam: { where: { userId: actor.userId, role: "HIRING_MANAGER" }, select: { userId: true } },
        },
      },
    },
  });
  const seats = await client.interview.count({ where: { AND: [{ applicationId }, interviewSeatOf(actor)] } });
  const submitted = await client.scorecard.count({
    where: { applicationId, authorId: actor.userId, status: "SUBMITTED" },
  });
  return {
    feedbackVisibility: application.job.feedbackVisibility,
    isHiringManagerOfJob: application.job.hiringTeam.length > 0,
    onPanel: seats > 0,
    hasSubmittedOwn: submitted > 0,
  };
}

/** What the actor may read of the application's feedback: others' scorecards, and decision notes with them. */
export async function feedbackAccessFor(client: Reader, actor: Actor, applicationId: string): Promise<ScorecardAccess> {
  return scorecardAccess(actor, await loadScorecardReadFacts(client, actor, applicationId));
}

/**
 * Whether the author of a submitted scorecard can, right now, read someone else's submitted one
 * for the same application: an edit made now is no longer blind (deciders are told).
 */
export async function authorCanReadOthers(client: Reader, actor: Actor, applicationId: string): Promise<boolean> {
  if (!(await feedbackAccessFor(client, actor, applicationId)).readOthers) return false;
  const others = await client.scorecard.count({
    where: { applicationId, authorId: { not: actor.userId }, status: "SUBMITTED" },
  });
  return others > 0;
}
