import { after } from "next/server";

/**
 * Runs `task` once the response is sent (Next's `after`). Outside a Next.js request (route
 * handlers called from tests or scripts) there is no response to wait for and `after` throws:
 * the task is then skipped, which for email delivery is safe because the message stays PENDING
 * in the outbox and the background worker (deliverPendingEmails) sends it.
 */
export function runAfterResponse(task: () => Promise<unknown>): void {
  try {
    after(task);
  } catch (error) {
    if (!/outside a request scope/i.test(String((error as Error)?.message))) {
      console.error("[job-board] could not schedule work after the response", error);
    }
  }
}
