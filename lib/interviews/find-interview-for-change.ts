import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { applicationsVisibleTo, authorizeApplications } from "@/lib/auth/permissions";
import type { DbTransaction } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { panelMemberSelect } from "./interview-context";
import { interviewSnapshotSelect } from "./interview-emails";

export const STALE_INTERVIEW_MESSAGE =
  "Someone else changed this interview a moment ago. The page has been refreshed: check it and try again.";

/**
 * The interview a scheduler is about to change, locked for the rest of the transaction, so two
 * changes at once are applied one after the other (and the second sees the first's sequence).
 * Not visible: NOT_FOUND; visible but not theirs to schedule: FORBIDDEN.
 */
export async function findInterviewForChange(
  tx: DbTransaction,
  { actor, interviewId, expectedSequence }: { actor: Actor; interviewId: string; expectedSequence: number },
) {
  const visible = await tx.interview.findFirst({
    where: { id: interviewId, application: applicationsVisibleTo(actor) },
    select: { applicationId: true },
  });
  if (!visible) throw new AppError("NOT_FOUND", "That interview does not exist or is not visible to you.");
  await authorizeApplications(tx, actor, "interview.schedule", [visible.applicationId]);
  await tx.$queryRaw`SELECT "id" FROM "Interview" WHERE "id" = ${interviewId} FOR UPDATE`;
  const interview = await tx.interview.findUniqueOrThrow({
    where: { id: interviewId },
    select: {
      ...interviewSnapshotSelect,
      applicationId: true,
      planItemId: true,
      status: true,
      panel: { select: { user: { select: panelMemberSelect } } },
    },
  });
  if (interview.status === "CANCELLED")
    throw new AppError("VALIDATION", "This interview was cancelled. Schedule a new one instead.");
  // The form showed this version: a change based on an outdated page is refused.
  if (interview.calendarSequence !== expectedSequence) throw new AppError("CONFLICT", STALE_INTERVIEW_MESSAGE);
  return { ...interview, panel: interview.panel.map((seat) => seat.user) };
}
