import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { findInterviewForChange } from "./find-interview-for-change";
import { recordInterviewChange } from "./interview-audit";
import { loadInvitationContext } from "./interview-context";
import { interviewSnapshotSelect, queueCandidateInterviewEmail, queuePanelistInterviewEmail } from "./interview-emails";

type CancelInterview = { actor: Actor; interviewId: string; expectedSequence: number; now?: Date };

export type CancelledInterview = { interviewId: string; applicationId: string; emailIds: string[] };

/**
 * Cancels an interview that has not started yet and sends everyone (candidate and panel) a
 * METHOD:CANCEL with a higher SEQUENCE, so it leaves their calendars. Also for an application
 * that has since closed: the candidate still needs the event removed.
 */
export async function cancelInterview({
  actor,
  interviewId,
  expectedSequence,
  now = new Date(),
}: CancelInterview): Promise<CancelledInterview> {
  return db.$transaction(async (tx) => {
    const current = await findInterviewForChange(tx, { actor, interviewId, expectedSequence });
    // Cancelling takes the panel's access to the packet and scorecard away: not after the fact.
    if (current.startsAt.getTime() <= now.getTime()) {
      throw new AppError(
        "VALIDATION",
        "This interview has already started, so it cannot be cancelled. If it did not take place, reschedule it.",
      );
    }
    const context = await loadInvitationContext(tx, current.applicationId);
    const interview = await tx.interview.update({
      where: { id: interviewId },
      data: { status: "CANCELLED", cancelledAt: now, calendarSequence: { increment: 1 } },
      select: interviewSnapshotSelect,
    });
    await recordInterviewChange(tx, { actor, applicationId: current.applicationId, change: "cancelled", interview });

    const emailIds: string[] = [];
    const candidateEmail = await queueCandidateInterviewEmail(tx, { interview, context, change: "cancellation" });
    if (candidateEmail) emailIds.push(candidateEmail);
    for (const member of current.panel) {
      emailIds.push(
        await queuePanelistInterviewEmail(tx, {
          interview,
          context,
          member,
          panel: current.panel,
          change: "cancellation",
        }),
      );
    }
    return { interviewId, applicationId: current.applicationId, emailIds };
  });
}
