import "server-only";
import { after } from "next/server";
import { dispatchEmails } from "@/lib/email/dispatch-emails";

/**
 * Gets outbox emails on their way (lib/email/dispatch-emails.ts). A message that fails stays in
 * the outbox for the worker to retry, so the change that queued it (already committed) never
 * waits on the mail server.
 */
export async function deliverOutboxMessages(emailIds: readonly (string | null | undefined)[]): Promise<void> {
  await dispatchEmails(emailIds);
}

/** Sends the emails a committed change queued once the response has gone out. */
export function deliverAfterResponse(emailIds: readonly (string | null | undefined)[]): void {
  if (emailIds.some(Boolean)) after(() => dispatchEmails(emailIds));
}
