import "server-only";
import type PgBoss from "pg-boss";
import { startPgBoss } from "./client";
import { registerWorkers, type RegisterWorkersOptions } from "./register-workers";

export interface RunningWorker {
  boss: PgBoss;
  /** Waits up to `timeoutMs` for running jobs, then stops; jobs still running are failed. */
  stop(timeoutMs?: number): Promise<void>;
}

/**
 * A worker: pg-boss with its upkeep and cron clock, running every job in register-workers.ts.
 * Any number may run against one database; they share the work through Postgres.
 */
export async function startWorker(
  connectionString: string,
  options: RegisterWorkersOptions = {},
): Promise<RunningWorker> {
  const boss = await startPgBoss(connectionString, "worker");
  try {
    await registerWorkers(boss, options);
  } catch (error) {
    await boss.stop({ graceful: false }).catch(() => undefined);
    throw error;
  }
  return { boss, stop: (timeoutMs = 30_000) => boss.stop({ graceful: true, timeout: timeoutMs }) };
}
