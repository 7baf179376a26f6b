import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { jobsVisibleTo } from "@/lib/auth/permissions";
import type { DbTransaction } from "@/lib/db";
import { AppError } from "@/lib/errors";

/**
 * Reads a job the actor may see and locks its row until the transaction ends, so two people
 * editing, publishing or closing it at once take turns instead of mixing their changes.
 */
export async function lockJob(tx: DbTransaction, actor: Actor, jobId: number) {
  await tx.$queryRaw`SELECT id FROM "Job" WHERE id = ${jobId} FOR UPDATE`;
  const job = await tx.job.findFirst({
    where: { AND: [{ id: jobId }, jobsVisibleTo(actor)] },
    select: { id: true, organizationId: true, slug: true, status: true, publishedAt: true, validThrough: true },
  });
  if (!job) throw new AppError("NOT_FOUND", "That job does not exist or is not visible to you.");
  return job;
}
