import "server-only";
import { db } from "@/lib/db";
import { deliverOutboxMessage, enqueueEmail } from "@/lib/email/outbox";
import { staffSignInEmail } from "@/lib/email/templates/staff-sign-in";
import { allowSignInEmail } from "@/lib/rate-limit/limit-requests";

export const MAGIC_LINK_MAX_AGE_SECONDS = 30 * 60;
const REDACTED = "[sign-in link removed after delivery]";

/**
 * Auth.js's sendVerificationRequest: the magic link goes through the outbox like every email
 * (so the development mailbox shows it when SMTP_URL is unset) and is delivered right away,
 * because the person is waiting for it.
 */
export async function sendStaffSignInEmail({ to, url }: { to: string; url: string }): Promise<void> {
  // Over the recipient's limit nothing is sent and nothing is said: the page answers "check
  // your email" exactly as it does for an address that is not invited.
  if (!(await allowSignInEmail(to))) return;
  const email = staffSignInEmail({ url, expiresInMinutes: MAGIC_LINK_MAX_AGE_SECONDS / 60 });
  const id = await db.$transaction((tx) => enqueueEmail(tx, { to, ...email, template: "staff-sign-in" }));
  const status = await deliverOutboxMessage(id);
  if (status === "SENT") {
    // The link is a credential: once the mail server has it, the database need not keep it.
    await db.emailOutbox.update({
      where: { id },
      data: {
        textBody: email.text.replace(url, REDACTED),
        htmlBody: staffSignInEmail({ url: REDACTED, expiresInMinutes: MAGIC_LINK_MAX_AGE_SECONDS / 60 }).html,
      },
    });
  }
  // Auth.js turns this into an EmailSignInError, which the sign-in form reports as "try again".
  if (status === "PENDING" || status === "FAILED")
    throw new Error(`The sign-in email could not be delivered (${status}).`);
}
