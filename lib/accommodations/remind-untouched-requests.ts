import "server-only";
import { db, type DbTransaction } from "@/lib/db";
import { enqueueEmail } from "@/lib/email/outbox";
import { accommodationRequestPath } from "@/lib/paths/accommodations";
import { absoluteUrl } from "@/lib/utils/absolute-url";
import { isOverdue } from "./business-days";
import { accommodationReminderEmail } from "./reminder-email";

const DAY_MS = 24 * 60 * 60 * 1000;

type Claimed = { id: string; jobTitle: string };

/**
 * Reminds the accommodations coordinators (the admins when there is none) of every request that
 * has sat in NEW or IN_DISCUSSION for 2 business days since anyone touched it, once per quiet
 * spell: a reminder is due again only after new activity. Safe to run from several workers at
 * once: each request is claimed by one UPDATE, and the emails are queued in that transaction.
 */
export async function remindUntouchedRequests({ now = new Date() }: { now?: Date } = {}): Promise<{
  reminded: string[];
  emailIds: string[];
}> {
  // Two business days are at least two calendar days: Postgres narrows, date-fns decides.
  const calendarCutoff = new Date(now.getTime() - 2 * DAY_MS);
  const candidates = await db.accommodationRequest.findMany({
    where: { status: { in: ["NEW", "IN_DISCUSSION"] }, lastActivityAt: { lte: calendarCutoff } },
    select: { id: true, lastActivityAt: true, reminderSentAt: true },
  });
  const dueIds = candidates
    .filter((request) => !request.reminderSentAt || request.reminderSentAt < request.lastActivityAt)
    .filter((request) => isOverdue(request.lastActivityAt, now))
    .map((request) => request.id);
  if (dueIds.length === 0) return { reminded: [], emailIds: [] };

  return db.$transaction(async (tx) => {
    const recipients = await reminderRecipients(tx);
    if (recipients.length === 0) return { reminded: [], emailIds: [] };
    // The conditions are checked again in the claim: a request touched (or reminded by another
    // worker) since the read above no longer matches, so it is neither claimed nor emailed.
    const claimed = await tx.$queryRaw<Claimed[]>`
      UPDATE "AccommodationRequest" AS r
         SET "reminderSentAt" = ${now}
        FROM "Application" AS a, "Job" AS j
       WHERE r."id" = ANY(${dueIds}::text[])
         AND a."id" = r."applicationId" AND j."id" = a."jobId"
         AND r."status" IN ('NEW', 'IN_DISCUSSION')
         AND r."lastActivityAt" <= ${calendarCutoff}
         AND (r."reminderSentAt" IS NULL OR r."reminderSentAt" < r."lastActivityAt")
      RETURNING r."id", j."title" AS "jobTitle"`;
    if (claimed.length === 0) return { reminded: [], emailIds: [] };

    const requests = claimed
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((request) => ({ jobTitle: request.jobTitle, url: absoluteUrl(accommodationRequestPath(request.id)) }));
    const emailIds: string[] = [];
    for (const person of recipients) {
      const email = accommodationReminderEmail({ recipientName: person.name ?? person.email, requests });
      emailIds.push(await enqueueEmail(tx, { to: person.email, ...email, template: "accommodation-reminder" }));
    }
    return { reminded: claimed.map((request) => request.id), emailIds };
  });
}

/** Active coordinators handle accommodations; without any, the admins must hear of it. */
async function reminderRecipients(tx: DbTransaction) {
  const select = { email: true, name: true } as const;
  const coordinators = await tx.user.findMany({
    where: { role: "COORDINATOR", active: true },
    select,
    orderBy: { email: "asc" },
  });
  if (coordinators.length > 0) return coordinators;
  return tx.user.findMany({ where: { role: "ADMIN", active: true }, select, orderBy: { email: "asc" } });
}
