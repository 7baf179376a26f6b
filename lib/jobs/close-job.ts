import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { lockJob } from "./lock-job";

/**
 * Stops taking applications. The posting stays reachable and says the role is closed (old
 * links keep working); applications already in the pipeline are untouched.
 */
export async function closeJob({
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
    if (job.status === "CLOSED") return { slug: job.slug };
    if (job.status === "DRAFT")
      throw new AppError("VALIDATION", "A draft is not on the careers site, so there is nothing to close.");
    await tx.job.update({ where: { id: jobId }, data: { status: "CLOSED", closedAt: now } });
    await tx.jobStatusChange.create({
      data: { jobId, fromStatus: job.status, toStatus: "CLOSED", actorId: actor.userId, createdAt: now },
      select: { id: true },
    });
    return { slug: job.slug };
  });
}
