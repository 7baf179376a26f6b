// The worker process (scripts/worker.ts) while Postgres restarts under a running job (issue 16,
// Faults). pg-boss 10 records a job's outcome without awaiting it; with the database away at that
// moment the rejection went unheard and Node ended the worker, which nothing restarts: a full
// `npm run chaos` then saw no job run for 17 minutes (docs/decisions/0047-chaos-run.md).
import { spawn, type ChildProcess } from "node:child_process";
import pg from "pg";
import type PgBoss from "pg-boss";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPgBoss } from "@/lib/queue/client";
import { READ_DOCUMENT_TEXT } from "@/lib/queue/jobs";
import { applyMigrations } from "@/scripts/db/schema-engine";
import { waitFor } from "../support/fault-applicants";
import { findPostgresBinaries, startPrivatePostgres, type PrivatePostgres } from "../support/private-postgres";

const bin = findPostgresBinaries();
if (!bin) {
  console.warn(
    "SKIPPED fault-worker-postgres-restart: no PostgreSQL server binaries (initdb, pg_ctl) under /usr/lib/postgresql/*/bin; set PG_BIN_DIR to run it",
  );
}

const RESTARTS = 3;

let cluster: PrivatePostgres;
let worker: ChildProcess;
let output = "";
let producer: PgBoss;

beforeAll(async () => {
  if (!bin) return;
  cluster = await startPrivatePostgres(bin);
  await applyMigrations(cluster.url);
  // As `npm run worker` and the chaos run start it: its own process, with its own pools.
  worker = spawn(process.execPath, ["--import", "tsx", "--conditions=react-server", "scripts/worker.ts"], {
    env: { ...process.env, DATABASE_URL: cluster.url },
    stdio: ["ignore", "pipe", "pipe"],
  });
  worker.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  worker.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  if (!(await waitFor(async () => output.includes("Running background jobs"), 60_000)))
    throw new Error(`the worker did not start:\n${output}`);
  producer = createPgBoss(cluster.url, "producer");
  producer.on("error", () => undefined); // its connections are cut by the restarts too
  await producer.start();
});

afterAll(async () => {
  if (!bin) return;
  await producer?.stop({ graceful: false }).catch(() => undefined);
  worker?.kill("SIGKILL");
  await cluster?.stop();
});

/** One statement on a connection of its own: each restart cuts every connection. */
async function query<Row>(text: string, values: unknown[] = []): Promise<Row[]> {
  const client = new pg.Client({ connectionString: cluster.url });
  client.on("error", () => undefined);
  await client.connect();
  try {
    return (await client.query(text, values)).rows as Row[];
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function send(storedFileId: string): Promise<string> {
  let id: string | null = null;
  // The producer's pool may still hold a connection the restart cut: its first send can fail.
  const sent = await waitFor(
    async () => (id = await producer.send(READ_DOCUMENT_TEXT, { storedFileId })) !== null,
    30_000,
  );
  if (!sent || !id) throw new Error("the job could not be sent");
  return id;
}

const jobState = async (id: string) =>
  (await query<{ state: string }>("SELECT state FROM pgboss.job WHERE id = $1", [id]))[0]?.state;

describe.skipIf(!bin)("the worker process while Postgres restarts", () => {
  it(
    "keeps running jobs, and retries the one the restart failed, after each restart",
    { timeout: 300_000 },
    async () => {
      for (let round = 1; round <= RESTARTS; round++) {
        // The job's handler reads this table: held, so the job is running when the server goes away
        // and its outcome is recorded while the server is down.
        const tableHolder = await holder();
        await tableHolder.query('BEGIN; LOCK TABLE "StoredFile" IN ACCESS EXCLUSIVE MODE');
        const id = await send(`missing-${round}`);
        const waiting = await waitFor(
          async () =>
            worker.exitCode !== null ||
            (await query("SELECT 1 FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE '%StoredFile%'"))
              .length > 0,
          60_000,
        );
        expect(worker.exitCode, `round ${round}: the worker is still running:\n${output.slice(-3_000)}`).toBeNull();
        expect(waiting, `round ${round}: the job's handler waits for the table (job ${await jobState(id)})`).toBe(true);
        await cluster.restart();
        await tableHolder.end().catch(() => undefined);
        // Its failure (the connection cut) is recorded once the server is back, for its queue to
        // retry it, rather than the job left active until it expires.
        let state: string | undefined;
        const recorded = await waitFor(async () => (state = await jobState(id)) === "retry", 90_000, 250);
        expect(recorded, `round ${round}: the job is in state ${state}:\n${output.slice(-3_000)}`).toBe(true);
      }

      await expectJobsRunAgain("after-restarts");
    },
  );

  it("keeps running jobs after a restart cut pg-boss's record of a finished job", { timeout: 300_000 }, async () => {
    // The handler held on its table, so the job's row can be locked while it is active; the
    // handler then finishes and pg-boss's completion waits on the row when the server goes away.
    const tableHolder = await holder();
    await tableHolder.query('BEGIN; LOCK TABLE "StoredFile" IN ACCESS EXCLUSIVE MODE');
    const id = await send("missing-completion");
    expect(await waitFor(async () => worker.exitCode !== null || (await jobState(id)) === "active", 60_000)).toBe(true);
    const rowHolder = await holder();
    await rowHolder.query("BEGIN");
    await rowHolder.query("SELECT 1 FROM pgboss.job WHERE id = $1 FOR UPDATE", [id]);
    await tableHolder.query("COMMIT");
    const completing = await waitFor(
      async () =>
        worker.exitCode !== null ||
        (
          await query(
            "SELECT 1 FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND application_name = 'trellis-worker' AND query LIKE '%completed%'",
          )
        ).length > 0,
      60_000,
    );
    expect(worker.exitCode, `the worker is still running:\n${output.slice(-3_000)}`).toBeNull();
    expect(completing, "pg-boss's completion waits for the job's row").toBe(true);
    await cluster.restart();
    await Promise.all([tableHolder.end(), rowHolder.end()].map((ending) => ending.catch(() => undefined)));

    await expectJobsRunAgain("after-lost-completion");
  });
});

async function holder(): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: cluster.url });
  client.on("error", () => undefined);
  await client.connect();
  return client;
}

/** A job sent now is run: the worker is alive, fetches and records outcomes again. */
async function expectJobsRunAgain(tag: string): Promise<void> {
  const id = await send(`missing-${tag}`);
  const ran = await waitFor(async () => worker.exitCode !== null || (await jobState(id)) === "completed", 60_000, 250);
  expect(worker.exitCode, `the worker is still running:\n${output.slice(-3_000)}`).toBeNull();
  expect(ran, `the job sent ${tag} was run:\n${output.slice(-3_000)}`).toBe(true);
}
