import "server-only";
import PgBoss from "pg-boss";
import pg from "pg";
import { getEnv } from "@/lib/env";
import { JOB_NAMES, QUEUE_OPTIONS } from "./jobs";

/**
 * pg-boss keeps its tables in this schema, apart from Prisma's `public`: migrations, the drift
 * test and `prisma migrate` never see them, and pg-boss creates and upgrades them itself.
 */
export const QUEUE_SCHEMA = "pgboss";

/** A producer only sends jobs (the app); a worker also runs them, the cron clock and upkeep. */
export type QueueRole = "producer" | "worker";

export function createPgBoss(connectionString: string, role: QueueRole): PgBoss {
  return new PgBoss({
    connectionString,
    schema: QUEUE_SCHEMA,
    application_name: `trellis-${role}`,
    max: role === "worker" ? 4 : 2,
    // Every worker process takes part; Postgres makes sure one of them at a time does each.
    supervise: role === "worker",
    schedule: role === "worker",
  });
}

// Any fixed number: the key of the advisory lock that lets one process at a time set up queues.
const SETUP_LOCK_KEY = 7_261_128;

/** Starts pg-boss (creating or upgrading its schema) and makes sure every queue exists. */
export async function startPgBoss(connectionString: string, role: QueueRole): Promise<PgBoss> {
  const boss = createPgBoss(connectionString, role);
  // pg-boss reports transient faults (a dropped connection) as events and keeps polling; an
  // 'error' event without a listener would crash the process instead.
  boss.on("error", (error) => console.error(`[queue] ${error.message}`));
  try {
    await whileHoldingSetupLock(connectionString, async () => {
      await boss.start();
      for (const name of JOB_NAMES) {
        await boss.createQueue(name, { name, ...QUEUE_OPTIONS[name] }); // nothing when it exists
        await boss.updateQueue(name, { name, ...QUEUE_OPTIONS[name] }); // so changed options apply
      }
    });
    return boss;
  } catch (error) {
    await boss.stop({ graceful: false }).catch(() => undefined);
    throw error;
  }
}

/**
 * pg-boss creates a queue by attaching a partition to its job table; two processes doing that
 * at once (workers started together on a new database or release) deadlock. A session-level
 * lock, outside any transaction, so the embedded database (one transaction at a time) can
 * still serve pg-boss's own connections meanwhile.
 */
async function whileHoldingSetupLock(connectionString: string, setUp: () => Promise<void>): Promise<void> {
  const client = new pg.Client({ connectionString, application_name: "trellis-queue-setup" });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [SETUP_LOCK_KEY]);
    try {
      await setUp();
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [SETUP_LOCK_KEY]);
    }
  } finally {
    await client.end();
  }
}

// One producer per process, kept across hot reloads like lib/db.ts; started on first use so
// that `next build` needs no database.
const globalForQueue = globalThis as unknown as { trellisQueue?: Promise<PgBoss> };

/** This process's PgBoss for sending jobs. A failed start is retried by the next call. */
export function getQueue(): Promise<PgBoss> {
  if (!globalForQueue.trellisQueue) {
    const starting = startPgBoss(getEnv().DATABASE_URL, "producer");
    globalForQueue.trellisQueue = starting;
    starting.catch(() => {
      if (globalForQueue.trellisQueue === starting) globalForQueue.trellisQueue = undefined;
    });
  }
  return globalForQueue.trellisQueue;
}

/** Stops this process's producer (tests, shutdown). */
export async function stopQueue(): Promise<void> {
  const starting = globalForQueue.trellisQueue;
  globalForQueue.trellisQueue = undefined;
  const boss = await starting?.catch(() => undefined);
  await boss?.stop({ graceful: false });
}
