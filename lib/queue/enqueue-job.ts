import "server-only";
import type PgBoss from "pg-boss";
import type { DbTransaction } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { createPgBoss, getQueue, QUEUE_SCHEMA } from "./client";
import type { JobName } from "./jobs";

export type EnqueueOptions = Omit<PgBoss.SendOptions, "db"> & {
  /** Insert the job in this transaction: it exists exactly when the change that caused it does. */
  tx?: DbTransaction;
};

/**
 * Queues a job for the worker and returns its id, or null when a singleton or throttling option
 * dropped it as a duplicate. Queues are created by any pg-boss start (app or worker).
 */
export async function enqueueJob(
  name: JobName,
  data: object = {},
  { tx, ...options }: EnqueueOptions = {},
): Promise<string | null> {
  if (!tx) return (await getQueue()).send(name, data, options);
  const id = await sqlOnlyBoss().send(name, data, { ...options, db: transactionExecutor(tx) });
  if (id === null) await assertQueueExists(tx, name);
  return id;
}

// Sending through a transaction needs pg-boss only to build its SQL, not a started instance
// with its own connections: on the embedded database those would wait for the very
// transaction that is waiting for them.
let sqlOnly: PgBoss | undefined;
function sqlOnlyBoss(): PgBoss {
  sqlOnly ??= createPgBoss(getEnv().DATABASE_URL, "producer");
  return sqlOnly;
}

function transactionExecutor(tx: DbTransaction): PgBoss.Db {
  return {
    async executeSql(text, values = []) {
      // pg-boss hands `pg` objects for its jsonb parameters; Prisma takes JSON as text.
      const params = values.map((value) =>
        value !== null && typeof value === "object" && !(value instanceof Date) ? JSON.stringify(value) : value,
      );
      return { rows: await tx.$queryRawUnsafe<unknown[]>(text, ...params) };
    },
  };
}

// pg-boss inserts nothing, silently, for a queue that does not exist.
async function assertQueueExists(tx: DbTransaction, name: JobName): Promise<void> {
  const rows = await tx.$queryRawUnsafe<unknown[]>(`SELECT 1 FROM ${QUEUE_SCHEMA}.queue WHERE name = $1`, name);
  if (rows.length === 0)
    throw new Error(`The job queue ${name} does not exist yet: start a worker (npm run worker) once to create it.`);
}
