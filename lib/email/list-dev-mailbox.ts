import "server-only";
import { db } from "@/lib/db";

/** Messages captured because no SMTP server is configured (local development only). */
export async function listDevMailbox(limit = 50) {
  return db.emailOutbox.findMany({
    where: { status: "CAPTURED" },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: { id: true, toAddress: true, subject: true, textBody: true, calendarMethod: true, calendarContent: true, createdAt: true },
  });
}
