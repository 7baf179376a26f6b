import "server-only";
import { after } from "next/server";
import { deliverOutboxMessage } from "@/lib/email/outbox";

/**
 * Sends outbox emails one by one. A message that fails stays in the outbox for the worker to
 * retry, so the change that queued it (already committed) never waits on the mail server.
 */
export async function deliverOutboxMessages(emailIds: readonly (string | null | undefined)[]): Promise<void> {
  for (const id of emailIds) if (id) await deliverOutboxMessage(id);
}

/** Sends the emails a committed change queued once the response has gone out. */
export function deliverAfterResponse(emailIds: readonly (string | null | undefined)[]): void {
  if (emailIds.some(Boolean)) after(() => deliverOutboxMessages(emailIds));
}
