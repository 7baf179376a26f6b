import "server-only";
import { db } from "@/lib/db";
import { withPrivateLink } from "./private-link";

/**
 * Messages captured because no SMTP server is configured (local development only), as they would
 * have been sent: for a local developer this page is the candidate's inbox, so a status link is
 * put back in here, and only here (staff pages read the stored copy, which never has it).
 */
export async function listDevMailbox(limit = 50) {
  const messages = await db.emailOutbox.findMany({
    where: { status: "CAPTURED" },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: {
      id: true,
      toAddress: true,
      subject: true,
      textBody: true,
      privateLink: true,
      calendarMethod: true,
      calendarContent: true,
      createdAt: true,
    },
  });
  return messages.map(({ privateLink, ...message }) => ({
    ...message,
    textBody: withPrivateLink(message.textBody, privateLink),
  }));
}
