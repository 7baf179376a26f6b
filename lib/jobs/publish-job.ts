import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { listItems } from "@/lib/publishing/labels";
import { readPublishingCheck } from "@/lib/publishing/read-publishing-check";
import type { PublishingOverrideInput } from "@/lib/publishing/schema";
import { lockJob } from "./lock-job";

/**
 * Puts a draft (or a closed job, reopened) on the careers site from now on. Publishing a job
 * that is already published changes nothing. A posting that lacks what the law of its places
 * wants (lib/publishing) is refused with the missing items named, unless an admin overrides with
 * a reason, which is recorded with those items and audited. The caller revalidates the pages.
 */
export async function publishJob({
  actor,
  jobId,
  override,
  now = new Date(),
}: {
  actor: Actor;
  jobId: number;
  override?: PublishingOverrideInput;
  now?: Date;
}): Promise<{ slug: string }> {
  assertCan(actor, "job.manage");
  if (override) assertCan(actor, "job.publishOverride");
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
    const { missing, payLaws } = await readPublishingCheck(tx, jobId, now);
    if (missing.length > 0 && !override) {
      const laws = payLaws.map((law) => `${law.jurisdiction} (${law.citation})`).join(", ");
      throw new AppError(
        "VALIDATION",
        `Not published: the posting lacks ${listItems(missing)}.${missing.includes("PAY_RANGE") ? ` The pay-transparency law of ${laws} requires a pay range.` : ""} Add them and save, then publish.`,
      );
    }
    if (missing.length > 0 && override) {
      await tx.jobPublishingOverride.create({
        data: { jobId, actorId: actor.userId, reason: override.reason, missingItems: missing, createdAt: now },
        select: { id: true },
      });
      await recordAuditEvent(tx, {
        actor,
        action: "job.publishedWithOverride",
        subjectType: "job",
        subjectId: String(jobId),
        metadata: { missingItems: missing, reason: override.reason },
      });
    }
    await tx.job.update({ where: { id: jobId }, data: { status: "PUBLISHED", publishedAt: now, closedAt: null } });
    // The history reports read: a reopening restarts "time to fill" (lib/reports).
    await tx.jobStatusChange.create({
      data: { jobId, fromStatus: job.status, toStatus: "PUBLISHED", actorId: actor.userId, createdAt: now },
      select: { id: true },
    });
    return { slug: job.slug };
  });
}
