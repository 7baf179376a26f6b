import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan, can, jobsVisibleTo, offerApproverEligibleFor } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db, type DbTransaction } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { emailApproverTurn } from "./offer-records";
import type { JobOfferSettingsInput } from "./schema";

/** A job's offer settings and the people who may be named approvers (they read its offers' terms). */
export async function getJobOfferSettings({ actor, jobId }: { actor: Actor; jobId: number }) {
  assertCan(actor, "job.manage");
  const job = await db.job.findFirst({
    where: { AND: [{ id: jobId }, jobsVisibleTo(actor)] },
    select: {
      id: true,
      title: true,
      exportControlled: true,
      offerApprovers: { orderBy: { position: "asc" }, select: { userId: true } },
    },
  });
  if (!job) throw new AppError("NOT_FOUND", "That job does not exist.");
  const eligible = await db.user.findMany({
    where: offerApproverEligibleFor(jobId),
    orderBy: [{ name: "asc" }, { email: "asc" }, { id: "asc" }],
    select: { id: true, name: true, email: true, role: true },
  });
  return { job, eligible };
}

/**
 * Names the job's approvers in order and whether it involves export-controlled technology.
 * A different chain restarts the approval of the job's offers waiting for it or approved but not
 * released (a new round under the new chain), so nobody swaps approvers under an offer.
 */
export async function saveJobOfferSettings({
  actor,
  input,
}: {
  actor: Actor;
  input: JobOfferSettingsInput;
}): Promise<{ restartedOffers: number; emailIds: string[] }> {
  assertCan(actor, "job.manage");
  return db.$transaction(async (tx) => {
    const job = await tx.job.findFirst({
      where: { AND: [{ id: input.jobId }, jobsVisibleTo(actor)] },
      select: { id: true, exportControlled: true },
    });
    if (!job) throw new AppError("NOT_FOUND", "That job does not exist.");
    // Unmarking the job would let its offers be released without the review only admins make.
    if (job.exportControlled && !input.exportControlled && !can(actor, "offer.exportReview"))
      throw new AppError("FORBIDDEN", "Only an admin may mark this job as no longer export-controlled.", {
        exportControlled: ["Only an admin may change this"],
      });
    const eligible = await tx.user.count({
      where: { AND: [{ id: { in: input.approverIds } }, offerApproverEligibleFor(input.jobId)] },
    });
    if (eligible !== input.approverIds.length)
      throw new AppError("VALIDATION", "Approvers must be active admins, recruiters or this job's hiring managers.", {
        approverIds: ["Choose approvers from the list"],
      });
    await tx.job.update({
      where: { id: job.id },
      data: { exportControlled: input.exportControlled },
      select: { id: true },
    });
    const before = await tx.jobOfferApprover.findMany({
      where: { jobId: job.id },
      orderBy: { position: "asc" },
      select: { userId: true },
    });
    const chainChanged = before.map((row) => row.userId).join(",") !== input.approverIds.join(",");
    await tx.jobOfferApprover.deleteMany({ where: { jobId: job.id } });
    await tx.jobOfferApprover.createMany({
      data: input.approverIds.map((userId, position) => ({ jobId: job.id, position, userId })),
    });
    await recordAuditEvent(tx, {
      actor,
      action: "job.offerSettingsChanged",
      subjectType: "job",
      subjectId: String(job.id),
      metadata: { exportControlled: input.exportControlled, approverIds: input.approverIds },
    });
    if (!chainChanged) return { restartedOffers: 0, emailIds: [] };
    return restartApprovals(tx, actor, job.id, input.approverIds[0]!);
  });
}

async function restartApprovals(tx: DbTransaction, actor: Actor, jobId: number, firstApproverId: string) {
  // Locked like lockOfferFor does, so an approval racing this save conflicts instead of counting.
  const offers = await tx.$queryRaw<{ id: string; applicationId: string; status: string; approvalRound: number }[]>`
    SELECT o."id", o."applicationId", o."status"::text AS "status", o."approvalRound"
    FROM "Offer" o JOIN "Application" a ON a."id" = o."applicationId"
    WHERE a."jobId" = ${jobId} AND o."status"::text IN ('PENDING_APPROVAL', 'APPROVED')
    ORDER BY o."id"
    FOR UPDATE OF o`;
  const emailIds: string[] = [];
  for (const offer of offers) {
    const approvalRound = offer.approvalRound + 1;
    await tx.offer.update({
      where: { id: offer.id },
      data: { status: "PENDING_APPROVAL", approvalRound, version: { increment: 1 } },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      actor,
      action: "offer.approvalRestarted",
      subjectType: "application",
      subjectId: offer.applicationId,
      metadata: { offerId: offer.id, previousStatus: offer.status, approvalRound, reason: "approversChanged" },
    });
    const emailId = await emailApproverTurn(tx, { userId: firstApproverId, applicationId: offer.applicationId });
    if (emailId) emailIds.push(emailId);
  }
  return { restartedOffers: offers.length, emailIds };
}
