// The hourly mix that makes self-identification answers unlinkable in the database
// (docs/decisions/0026). Run by the worker (lib/queue) or, where none runs, by the app itself.
import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

const ANSWER_COLUMNS = Prisma.raw(
  `"periodStart", "gender", "genderVersionId", "hispanicOrLatino", "ethnicityVersionId", "race", "raceVersionId", "veteranStatus", "veteranVersionId", "disabilityStatus", "disabilityVersionId"`,
);

export type MixOutcome = {
  /** Answers taken from the pending pool. */
  pending: number;
  /** Rows written to SelfIdentificationResponse: those answers and the rest of their quarters. */
  rewritten: number;
};

/**
 * Empties the pending pool into SelfIdentificationResponse. Each quarter that receives answers is
 * rewritten whole, in one statement: new random ids, inserted in the order of those ids, all under
 * this transaction's id. Moving only the newcomers would leave batches a reader could tell apart
 * (one transaction id per hour), and an hour with one application to a job would be one person.
 * Answers committed while this runs wait for the next mix; two mixes never overlap.
 */
export async function mixSelfIdentification(): Promise<MixOutcome> {
  const [outcome] = await db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('trellis.self-identification-mix'))`;
    return tx.$queryRaw<MixOutcome[]>`
      WITH moved AS (
        DELETE FROM "SelfIdentificationPending" RETURNING ${ANSWER_COLUMNS}
      ), kept AS (
        DELETE FROM "SelfIdentificationResponse" WHERE "periodStart" IN (SELECT "periodStart" FROM moved) RETURNING ${ANSWER_COLUMNS}
      ), written AS (
        INSERT INTO "SelfIdentificationResponse" ("id", ${ANSWER_COLUMNS})
        SELECT gen_random_uuid() AS "id", ${ANSWER_COLUMNS} FROM (SELECT * FROM moved UNION ALL SELECT * FROM kept) AS "answers"
         ORDER BY 1
        RETURNING 1
      )
      SELECT (SELECT COUNT(*)::int FROM moved) AS "pending", (SELECT COUNT(*)::int FROM written) AS "rewritten"`;
  });
  if (outcome!.pending > 0) await vacuumPendingPool();
  return outcome!;
}

/**
 * The deleted pending rows still sit in the table's pages, with the application's transaction id,
 * until a vacuum removes them; an emptied table is then cut to nothing. Best effort: a vacuum
 * cannot remove rows an older open transaction may still see, and the next mix tries again.
 */
async function vacuumPendingPool(): Promise<void> {
  try {
    await db.$executeRawUnsafe(`VACUUM "SelfIdentificationPending"`);
  } catch (error) {
    console.error(
      `[self-identification] vacuum of the pending pool failed: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

const HOUR_MS = 60 * 60 * 1000;

/** Where no worker runs (BACKGROUND_JOBS=in-app): this process mixes now and every hour. */
export function mixSelfIdentificationInProcess(): void {
  const run = () =>
    mixSelfIdentification().catch((error: unknown) =>
      console.error(`[self-identification] mix failed: ${error instanceof Error ? error.message : String(error)}`),
    );
  void run();
  setInterval(run, HOUR_MS).unref();
}
