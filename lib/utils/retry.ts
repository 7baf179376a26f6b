// The one way to try a database write again while the database is briefly away (a restart, a
// failover): the outbox's SENT mark and a background job's failure. Plain code rather than a
// library: a loop, a pause and a limit.
import { setTimeout as sleep } from "node:timers/promises";

export type RetryLimit = {
  /** How many tries in all, the first included. */
  attempts?: number;
  /** How long after the first try a failure is still tried again. */
  forMs?: number;
  /** The pause before try number `attempt + 1`. */
  delayMs: (attempt: number) => number;
};

/** `operation`'s result once it succeeds; its last error once the limit is reached. */
export async function retry<T>(operation: () => Promise<T>, limit: RetryLimit): Promise<T> {
  if (limit.attempts === undefined && limit.forMs === undefined)
    throw new Error("retry() needs a limit: attempts, forMs or both.");
  const deadline = limit.forMs === undefined ? Infinity : Date.now() + limit.forMs;
  for (let attempt = 1; ; attempt++) {
    try {
      return await operation();
    } catch (error) {
      if (attempt >= (limit.attempts ?? Infinity) || Date.now() > deadline) throw error;
      await sleep(limit.delayMs(attempt));
    }
  }
}
