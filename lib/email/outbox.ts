import "server-only";
import { db, type DbTransaction } from "@/lib/db";
import { getEnv, isDevMailboxEnabled } from "@/lib/env";
import { retry } from "@/lib/utils/retry";
import { getSmtpTransport } from "./mailer";
import { withPrivateLink } from "./private-link";

export type OutgoingEmail = {
  to: string;
  subject: string;
  text: string;
  html?: string;
  template: string;
  applicationId?: string;
  candidateId?: string;
  /** A staff recipient (interview invitations, reminders); candidate mail sets candidateId. */
  userId?: string;
  /** An iCalendar invitation sent as the message's text/calendar part (see calendar-invitation.ts). */
  calendar?: { method: "REQUEST" | "CANCEL"; content: string };
  /**
   * A credential link (a candidate's status link). The bodies carry PRIVATE_LINK_PLACEHOLDER in
   * its place: the link is kept beside them only until the message is delivered or given up.
   */
  privateLink?: string;
};

const MAX_ATTEMPTS = 5;
// While the mail server cannot be reached at all, a failure says nothing about the message: it
// stays pending (retried by the worker every minute) for this long before it is given up.
export const MAX_UNREACHABLE_MS = 3 * 24 * 60 * 60 * 1000;
// A sender that crashed mid-send leaves its claim behind; after this long another may retry.
const CLAIM_TIMEOUT_MS = 5 * 60 * 1000;

const staleClaimCutoff = () => new Date(Date.now() - CLAIM_TIMEOUT_MS);

/**
 * Stores the message in the outbox inside the caller's transaction, so an email exists exactly
 * when the change that caused it was committed. Delivery happens after commit.
 */
export async function enqueueEmail(tx: DbTransaction, email: OutgoingEmail): Promise<string> {
  const row = await tx.emailOutbox.create({
    data: {
      toAddress: email.to,
      subject: email.subject,
      textBody: email.text,
      htmlBody: email.html,
      template: email.template,
      applicationId: email.applicationId,
      candidateId: email.candidateId,
      userId: email.userId,
      calendarMethod: email.calendar?.method,
      calendarContent: email.calendar?.content,
      privateLink: email.privateLink,
    },
    select: { id: true },
  });
  return row.id;
}

/** Sends one pending message (or captures it when no SMTP server is configured). Never throws. */
export async function deliverOutboxMessage(
  id: string,
): Promise<"SENT" | "CAPTURED" | "PENDING" | "FAILED" | "SKIPPED"> {
  // Claim the row so two senders (app instances, the worker) never send the same message twice.
  // One UPDATE statement: concurrent claims of a row serialize in Postgres and only the first
  // still matches. (Prisma's updateMany may read then write, which would let both through.)
  const claimed = await db.$executeRaw`
    UPDATE "EmailOutbox"
       SET "status" = 'SENDING', "claimedAt" = now(), "attempts" = "attempts" + 1
     WHERE "id" = ${id}
       AND ("status" = 'PENDING' OR ("status" = 'SENDING' AND "claimedAt" < ${staleClaimCutoff()}))`;
  if (claimed === 0) return "SKIPPED";
  const message = await db.emailOutbox.findUniqueOrThrow({ where: { id } });

  const transport = getSmtpTransport();
  if (!transport) {
    // The development mailbox is where a captured message is read, so it keeps its link there;
    // a deployment without SMTP and without that mailbox has no reader for it.
    await db.emailOutbox.update({
      where: { id },
      data: { status: "CAPTURED", sentAt: new Date(), ...(!isDevMailboxEnabled() && { privateLink: null }) },
    });
    return "CAPTURED";
  }
  try {
    const info = await transport.sendMail({
      from: getEnv().EMAIL_FROM,
      messageId: outboxMessageId(message.id),
      to: message.toAddress,
      subject: message.subject,
      // The link exists in this message only: the stored bodies never had it.
      text: withPrivateLink(message.textBody, message.privateLink),
      html: message.htmlBody === null ? undefined : withPrivateLink(message.htmlBody, message.privateLink, "html"),
      // A text/calendar alternative with METHOD, which mail clients show as an invitation to
      // accept or decline (plus an invite.ics attachment for the others).
      ...(message.calendarContent && {
        icalEvent: {
          method: message.calendarMethod ?? "REQUEST",
          filename: "invite.ics",
          content: message.calendarContent,
        },
      }),
    });
    // Delivered: the mail server has the link, so our copy forgets it in the same write. A
    // failure of this write is not a failed send: it must not reach the catch below, which would
    // put the message back to PENDING and send it again (a database restart at this instant did).
    await recordSent(id, info.messageId);
    return "SENT";
  } catch (error) {
    const givenUp = serverUnreachable(error)
      ? Date.now() - message.createdAt.getTime() > MAX_UNREACHABLE_MS
      : message.attempts >= MAX_ATTEMPTS;
    const status = givenUp ? "FAILED" : "PENDING";
    // A retry needs the link; a message given up will never carry it.
    await db.emailOutbox.update({
      where: { id },
      data: {
        status,
        claimedAt: null,
        lastError: String((error as Error).message).slice(0, 500),
        ...(status === "FAILED" && { privateLink: null }),
      },
    });
    console.error(`[email] delivery of ${id} failed (attempt ${message.attempts})`, (error as Error).message);
    return status;
  }
}

/**
 * Marks a delivered message SENT, retrying for a few seconds (a database restart takes about one).
 * If the database stays away the row keeps its SENDING claim and is sent again, with the same
 * Message-ID, only after the claim timeout (decision 0037).
 */
async function recordSent(id: string, messageId: string): Promise<void> {
  try {
    await retry(
      () =>
        db.emailOutbox.update({
          where: { id },
          data: { status: "SENT", sentAt: new Date(), messageId, lastError: null, privateLink: null },
        }),
      { attempts: 10, delayMs: (attempt) => 500 * attempt },
    );
  } catch (error) {
    console.error(`[email] ${id} was sent but could not be marked SENT`, (error as Error).message);
  }
}

/**
 * Nodemailer marks failures before the server's greeting (refused, timed out, no DNS answer) with
 * the command "CONN". An outage of the mail server must not use up a message's attempts: five
 * one-minute retries would give up every message of an outage longer than a few minutes.
 */
function serverUnreachable(error: unknown): boolean {
  return (error as { command?: unknown } | null)?.command === "CONN";
}

/**
 * The Message-ID of an outbox row, the same on every attempt. A message can go out twice when the
 * mail server accepted it and the SENT write was then lost (the row stays SENDING and is retried
 * after the claim timeout): receiving systems that deduplicate by Message-ID show it once.
 */
export function outboxMessageId(id: string): string {
  const domain = /@([A-Za-z0-9.-]+)/.exec(getEnv().EMAIL_FROM)?.[1] ?? new URL(getEnv().APP_URL).hostname;
  return `<${id}@${domain}>`;
}

/** Retries whatever is still pending; run by the background worker. */
export async function deliverPendingEmails(limit = 50): Promise<number> {
  const pending = await db.emailOutbox.findMany({
    where: { OR: [{ status: "PENDING" }, { status: "SENDING", claimedAt: { lt: staleClaimCutoff() } }] },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: limit,
    select: { id: true },
  });
  for (const { id } of pending) await deliverOutboxMessage(id);
  return pending.length;
}
