import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan, can, jobsVisibleTo } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

/** How many hours before a self-booked interview the candidate may still move or cancel it. */
export async function setSelfScheduleCutoff({
  actor,
  jobId,
  cutoffHours,
}: {
  actor: Actor;
  jobId: number;
  cutoffHours: number;
}): Promise<{ changed: boolean }> {
  assertCan(actor, "interviewPlan.manage");
  return db.$transaction(async (tx) => {
    const job = await tx.job.findFirst({
      where: { AND: [{ id: jobId }, jobsVisibleTo(actor)] },
      select: { id: true, selfScheduleCutoffHours: true },
    });
    if (!job) throw new AppError("NOT_FOUND", "That job does not exist or is not visible to you.");
    if (job.selfScheduleCutoffHours === cutoffHours) return { changed: false };
    await tx.job.update({ where: { id: jobId }, data: { selfScheduleCutoffHours: cutoffHours }, select: { id: true } });
    await recordAuditEvent(tx, {
      actor,
      action: "job.selfScheduleCutoffChanged",
      subjectType: "job",
      subjectId: String(jobId),
      metadata: { from: job.selfScheduleCutoffHours, to: cutoffHours },
    });
    return { changed: true };
  });
}

/** The job's cut-off, for the people who plan its interviews; null when they may not. */
export async function readSelfScheduleCutoff({ actor, jobId }: { actor: Actor; jobId: number }) {
  if (!can(actor, "interviewPlan.manage")) return null;
  const job = await db.job.findFirst({
    where: { AND: [{ id: jobId }, jobsVisibleTo(actor)] },
    select: { selfScheduleCutoffHours: true },
  });
  return job?.selfScheduleCutoffHours ?? null;
}
