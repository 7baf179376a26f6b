import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { lockJob } from "./lock-job";

/**
 * Puts a draft (or a closed job, reopened) on the careers site from now on. Publishing a job
 * that is already published changes nothing. The caller revalidates the posting's pages.
 */
export async function publishJob({
  actor,
  jobId,
  now = new Date(),
}: {
  actor: Actor;
  jobId: number;
  now?: Date;
}): Promise<{ slug: string }> {
  assertCan(actor, "job.manage");
  return db.$transaction(async (tx) => {
    const job = await lockJob(tx, actor, jobId);
    if (job.status === "PUBLISHED") return { slug: job.slug };
    if (job.validThrough && job.validThrough <= now) {
      throw new AppError(
        "VALIDATION",
        "The posting's closing date has passed: set a later date (or none) before publishing.",
        {
          validThrough: ["Choose a date in the future, or leave it empty"],
        },
      );
    }
    const sections = await tx.jobSection.count({ where: { jobId } });
    if (sections === 0) throw new AppError("VALIDATION", "Write the posting (at least one section) before publishing.");
    await tx.job.update({ where: { id: jobId }, data: { status: "PUBLISHED", publishedAt: now, closedAt: null } });
    // The history reports read: a reopening restarts "time to fill" (lib/reports).
    await tx.jobStatusChange.create({
      data: { jobId, fromStatus: job.status, toStatus: "PUBLISHED", actorId: actor.userId, createdAt: now },
      select: { id: true },
    });
    return { slug: job.slug };
  });
}
