import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan, jobsVisibleTo } from "@/lib/auth/permissions";
import { db, type DbTransaction } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { checkPublishingRequirements, type PublishingCheck } from "./check-publishing-requirements";
import type { PublishingItem } from "./labels";

const publishingFactsSelect = {
  remotePolicy: true,
  remoteCountryCodes: true,
  salaryMin: true,
  salaryMax: true,
  salaryCurrency: true,
  salaryUnit: true,
  offices: { select: { office: { select: { countryCode: true, region: true } } } },
  sections: { select: { statements: true }, orderBy: { position: "asc" } },
} satisfies Prisma.JobSelect;

/** The check on the job as saved; the caller has already found the job visible to its actor. */
export async function readPublishingCheck(
  tx: DbTransaction,
  jobId: number,
  now: Date = new Date(),
): Promise<PublishingCheck> {
  const job = await tx.job.findUniqueOrThrow({ where: { id: jobId }, select: publishingFactsSelect });
  return checkPublishingRequirements({ ...job, offices: job.offices.map(({ office }) => office) }, now);
}

export type PublishingOverrideShown = {
  reason: string;
  missingItems: PublishingItem[];
  createdAt: Date;
  actorName: string;
};

/**
 * What the staff job view shows: the check, and the latest admin override with its reason (an
 * override answers for the items it named; anything missing since is refused again).
 */
export async function getPublishingStatus({
  actor,
  jobId,
  now = new Date(),
}: {
  actor: Actor;
  jobId: number;
  now?: Date;
}): Promise<{ check: PublishingCheck; override: PublishingOverrideShown | null }> {
  assertCan(actor, "job.manage");
  const job = await db.job.findFirst({
    where: { AND: [{ id: jobId }, jobsVisibleTo(actor)] },
    select: {
      ...publishingFactsSelect,
      publishingOverrides: {
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: 1,
        select: {
          reason: true,
          missingItems: true,
          createdAt: true,
          actor: { select: { name: true, email: true } },
        },
      },
    },
  });
  if (!job) throw new AppError("NOT_FOUND", "That job does not exist or is not visible to you.");
  const check = checkPublishingRequirements({ ...job, offices: job.offices.map(({ office }) => office) }, now);
  const [latest] = job.publishingOverrides;
  return {
    check,
    override: latest
      ? {
          reason: latest.reason,
          missingItems: latest.missingItems as PublishingItem[],
          createdAt: latest.createdAt,
          actorName: latest.actor.name ?? latest.actor.email,
        }
      : null,
  };
}
