import "server-only";
import { getEnv } from "@/lib/env";
import { enqueueJob } from "@/lib/queue/enqueue-job";
import { DELIVER_EMAIL } from "@/lib/queue/jobs";
import { deliverOutboxMessage } from "./outbox";

/**
 * Gets the outbox emails a committed change queued on their way. Where a worker runs, the worker
 * sends them (a job, picked up within its 2 s poll): a message is never in flight in the app, so
 * killing the app between the mail server's acceptance and the SENT write cannot make the worker
 * send it again after the claim timeout (decision 0049). Where none runs (BACKGROUND_JOBS
 * "in-app"), this process sends them. Never throws: a message not handed over stays PENDING for
 * the worker's minute sweep.
 */
export async function dispatchEmails(emailIds: readonly (string | null | undefined)[]): Promise<void> {
  const ids = emailIds.filter((id): id is string => Boolean(id));
  if (ids.length === 0) return;
  if (getEnv().BACKGROUND_JOBS === "in-app") {
    for (const id of ids) await deliverOutboxMessage(id);
    return;
  }
  try {
    await enqueueJob(DELIVER_EMAIL, { emailIds: ids });
  } catch (error) {
    console.error(`[email] ${ids.join(", ")} left for the worker's sweep`, (error as Error).message);
  }
}
