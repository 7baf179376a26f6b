import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db, type DbTransaction } from "@/lib/db";
import { withdrawalConfirmedEmail } from "@/lib/email/templates/candidate-rights";
import { CandidateRefusal } from "./candidate-refusal";
import type { WithdrawInput } from "./schema";
import { queueCandidateEmail } from "./confirmation-email";
import { requireStatusLinkHolder } from "./status-link";
import { enqueueApplicationEvent } from "@/lib/webhooks/enqueue-webhook-event";

export const CANDIDATE_WITHDREW_NOTIFICATION_KIND = "candidate-withdrew";

export type WithdrawnApplication = { applicationId: string; emailId: string; notifiedUserIds: string[] };

/**
 * The candidate ends their own application from the status page: status WITHDRAWN with their
 * reason (if they gave one), a history entry with no staff actor, the audit record, a note to
 * whoever scheduled an interview still to come (they cancel it and tell the panel), and the
 * confirmation email, all in one transaction.
 */
export async function withdrawApplication({
  statusToken,
  input,
}: {
  statusToken: string;
  input: WithdrawInput;
}): Promise<WithdrawnApplication> {
  return db.$transaction(async (tx) => {
    const { applicationId } = await requireStatusLinkHolder(tx, statusToken);
    const reason = input.reasonId ? await findWithdrawalReason(tx, input.reasonId) : null;
    const now = new Date();

    // One conditional statement: a recruiter moving the card at the same moment either commits
    // first (we then find it closed) or waits for ours.
    const closed = await tx.$queryRaw<{ jobId: number; stageId: number; version: number }[]>`
      UPDATE "Application"
         SET "status" = 'WITHDRAWN', "rejectionReasonId" = ${reason?.id ?? null}, "closedAt" = ${now},
             "version" = "version" + 1, "lastActivityAt" = ${now}
       WHERE "id" = ${applicationId} AND "status" = 'ACTIVE'
   RETURNING "jobId", "stageId", "version"`;
    const row = closed[0];
    if (!row) throw new CandidateRefusal("VALIDATION", "withdrawClosed");

    await tx.stageTransition.create({
      data: {
        applicationId,
        fromStageId: row.stageId,
        toStageId: row.stageId,
        fromStatus: "ACTIVE",
        toStatus: "WITHDRAWN",
        rejectionReasonId: reason?.id ?? null,
        actorId: null,
        createdAt: now,
      },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      actor: { kind: "candidate" },
      action: "application.withdrawn",
      subjectType: "application",
      subjectId: applicationId,
      metadata: { jobId: row.jobId, rejectionReasonId: reason?.id ?? null, version: row.version },
    });
    await enqueueApplicationEvent(tx, "application.rejected", applicationId);
    const notifiedUserIds = await notifySchedulersOfUpcomingInterviews(tx, applicationId, now);
    const emailId = await queueConfirmation(tx, { applicationId, statusToken, reasonLabel: reason?.label ?? null });
    return { applicationId, emailId, notifiedUserIds };
  });
}

/** The withdrawal reasons a candidate may pick (the same list staff use for "candidate withdrew"). */
export async function listWithdrawalReasons(): Promise<{ id: number; label: string }[]> {
  return db.rejectionReason.findMany({
    where: { kind: "CANDIDATE_WITHDREW", active: true },
    orderBy: { position: "asc" },
    select: { id: true, label: true },
  });
}

async function findWithdrawalReason(tx: DbTransaction, reasonId: number) {
  const reason = await tx.rejectionReason.findFirst({
    where: { id: reasonId, kind: "CANDIDATE_WITHDREW", active: true },
    select: { id: true, label: true },
  });
  if (!reason)
    throw new CandidateRefusal("VALIDATION", "chooseReason", {}, { path: "reasonId", key: "chooseReasonField" });
  return reason;
}

/**
 * Interviews still to come are left for their coordinator to cancel (cancelling sends the panel
 * and the candidate calendar cancellations, which is the scheduling code's job): each person who
 * scheduled one gets a notification.
 */
async function notifySchedulersOfUpcomingInterviews(
  tx: DbTransaction,
  applicationId: string,
  now: Date,
): Promise<string[]> {
  const interviews = await tx.interview.findMany({
    where: { applicationId, status: "SCHEDULED", startsAt: { gt: now }, scheduledBy: { active: true } },
    select: { id: true, scheduledById: true },
  });
  const userIds = [...new Set(interviews.map((interview) => interview.scheduledById))];
  if (userIds.length === 0) return [];
  await tx.notification.createMany({
    data: userIds.map((userId) => ({
      userId,
      kind: CANDIDATE_WITHDREW_NOTIFICATION_KIND,
      payload: {
        applicationId,
        interviewIds: interviews
          .filter((interview) => interview.scheduledById === userId)
          .map((interview) => interview.id),
      },
    })),
  });
  return userIds;
}

function queueConfirmation(
  tx: DbTransaction,
  {
    applicationId,
    statusToken,
    reasonLabel,
  }: { applicationId: string; statusToken: string; reasonLabel: string | null },
) {
  return queueCandidateEmail(tx, {
    applicationId,
    statusToken,
    template: "candidate-withdrawal-confirmed",
    render: (common) => withdrawalConfirmedEmail({ ...common, reasonLabel }),
  });
}
