import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { queueCandidateEmail } from "@/lib/candidate-rights/confirmation-email";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { offerExpiredEmail, offerExpiringEmail } from "./offer-emails";

const DAY_MS = 24 * 60 * 60 * 1000;
/** Reminded once, when this little is left. */
export const REMIND_BEFORE_MS = 2 * DAY_MS;

/** An offer lapses at the end of its expiry day (UTC). */
export function isPastExpiry(expiresOn: Date, now: Date): boolean {
  return expiresOn.getTime() + DAY_MS <= now.getTime();
}

/**
 * Released offers that end within two days and were not reminded: one email each, claimed in the
 * email's transaction by one conditional update, so overlapping runs never send two.
 */
export async function remindExpiringOffers(now = new Date()): Promise<string[]> {
  const due = await db.offer.findMany({
    where: {
      status: "RELEASED",
      expiryReminderSentAt: null,
      expiresOn: { lt: new Date(now.getTime() + REMIND_BEFORE_MS - DAY_MS), gte: new Date(now.getTime() - DAY_MS) },
    },
    orderBy: [{ expiresOn: "asc" }, { id: "asc" }],
    take: 500,
    select: { id: true },
  });
  const emailIds: string[] = [];
  for (const { id } of due) {
    const emailId = await db.$transaction(async (tx) => {
      const [claimed] = await tx.$queryRaw<{ applicationId: string; expiresOn: Date }[]>`
        UPDATE "Offer" SET "expiryReminderSentAt" = ${now}
         WHERE "id" = ${id} AND "status" = 'RELEASED' AND "expiryReminderSentAt" IS NULL
     RETURNING "applicationId", "expiresOn"`;
      if (!claimed) return null;
      return tellCandidate(tx, {
        offerId: id,
        applicationId: claimed.applicationId,
        action: "offer.expiryReminded",
        template: "offer-expiring",
        render: (common) => offerExpiringEmail({ ...common, expiresOn: claimed.expiresOn }),
      });
    });
    if (emailId) emailIds.push(emailId);
  }
  return emailIds;
}

/** Released offers past their expiry day become EXPIRED, and the candidate is told. */
export async function expireOffers(now = new Date()): Promise<string[]> {
  const due = await db.offer.findMany({
    where: { status: "RELEASED", expiresOn: { lte: new Date(now.getTime() - DAY_MS) } },
    orderBy: [{ expiresOn: "asc" }, { id: "asc" }],
    take: 500,
    select: { id: true },
  });
  const emailIds: string[] = [];
  for (const { id } of due) {
    const emailId = await db.$transaction(async (tx) => {
      const [expired] = await tx.$queryRaw<{ applicationId: string }[]>`
        UPDATE "Offer" SET "status" = 'EXPIRED', "version" = "version" + 1, "updatedAt" = ${now}
         WHERE "id" = ${id} AND "status" = 'RELEASED'
     RETURNING "applicationId"`;
      if (!expired) return null;
      return tellCandidate(tx, {
        offerId: id,
        applicationId: expired.applicationId,
        action: "offer.expired",
        template: "offer-expired",
        render: offerExpiredEmail,
      });
    });
    if (emailId) emailIds.push(emailId);
  }
  return emailIds;
}

type CandidateEmail = Parameters<typeof queueCandidateEmail>[1];

/** The system's step on an offer, audited on the application, and the candidate's email about it. */
async function tellCandidate(
  tx: Prisma.TransactionClient,
  step: {
    offerId: string;
    applicationId: string;
    action: "offer.expiryReminded" | "offer.expired";
    template: CandidateEmail["template"];
    render: CandidateEmail["render"];
  },
) {
  await recordAuditEvent(tx, {
    actor: { kind: "system" },
    action: step.action,
    subjectType: "application",
    subjectId: step.applicationId,
    metadata: { offerId: step.offerId },
  });
  return queueCandidateEmail(tx, {
    applicationId: step.applicationId,
    statusToken: null,
    template: step.template,
    render: step.render,
  });
}
