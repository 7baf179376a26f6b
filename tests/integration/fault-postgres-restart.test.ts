// Postgres restarted in the middle of an apply load (issue 16, Faults), on a cluster of this test's
// own so the shared server other test files use is never disturbed (decision 0037): nothing a
// candidate was told was saved is lost or doubled, the app's client answers again without a
// process restart, and the outbox sends each confirmation once when delivery resumes.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { stopQueue } from "@/lib/queue/client";
import { ORPHAN_DOCUMENT_GRACE_MS, sweepOrphanDocuments } from "@/lib/submissions/sweep-orphan-documents";
import { applyMigrations } from "@/scripts/db/schema-engine";
import { createJob, ensureLegalForms } from "../factories";
import { dbPool } from "@/lib/db";
import { testDb } from "../support/db";
import { drainOutbox, runApplicants, storedDocumentKeys, waitFor } from "../support/fault-applicants";
import { findPostgresBinaries, startPrivatePostgres, type PrivatePostgres } from "../support/private-postgres";
import { startSmtpCapture } from "../support/smtp-capture";

const bin = findPostgresBinaries();
if (!bin) {
  console.warn(
    "SKIPPED fault-postgres-restart: no PostgreSQL server binaries (initdb, pg_ctl) under /usr/lib/postgresql/*/bin; set PG_BIN_DIR to run it",
  );
}

const APPLICANTS = 4;
const EACH = 10;
// The bound for the app answering again once the database is back.
const RECOVERY_BOUND_MS = 5_000;

let cluster: PrivatePostgres;
let storageDir: string;
let sink: Awaited<ReturnType<typeof startSmtpCapture>>;
const savedEnv = { ...process.env };

beforeAll(async () => {
  if (!bin) return;
  cluster = await startPrivatePostgres(bin);
  await applyMigrations(cluster.url);
  storageDir = await mkdtemp(path.join(tmpdir(), "trellis-fault-restart-"));
  sink = await startSmtpCapture();
  // The app reads its environment (lib/env.ts) and opens its pool on first use, which is after this.
  Object.assign(process.env, { DATABASE_URL: cluster.url, STORAGE_DIR: storageDir, SMTP_URL: sink.url });
});

afterAll(async () => {
  if (!bin) return;
  await stopQueue();
  // Closed before the cluster stops, so no connection is cut under it.
  await testDb.$disconnect();
  await dbPool().end();
  await sink?.close();
  await cluster?.stop();
  await rm(storageDir, { recursive: true, force: true });
  process.env = savedEnv;
});

describe.skipIf(!bin)("Postgres restarted during an apply load", () => {
  it("keeps every acknowledged application once, answers again without a restart, and sends each email once", async () => {
    await ensureLegalForms(testDb);
    const job = await createJob(testDb);

    let restarted: Promise<number> | undefined;
    const run = await runApplicants({
      jobId: job.id,
      applicants: APPLICANTS,
      each: EACH,
      onAcknowledged: (count) => {
        // A quarter of the way in, with every applicant still sending.
        if (count !== (APPLICANTS * EACH) / 4 || restarted) return;
        restarted = restartAndTimeRecovery(cluster);
        restarted.catch(() => undefined); // awaited below; this only keeps it from counting as unhandled
      },
    });
    expect(restarted, "the restart happened during the load").toBeDefined();
    const recoveredMs = await restarted!;
    console.log(
      `[fault] app answered ${recoveredMs} ms after Postgres was back; ${run.failedAttempts} failed attempts retried (${[...new Set(run.errors)].slice(0, 3).join(" | ")})`,
    );
    expect(recoveredMs).toBeLessThanOrEqual(RECOVERY_BOUND_MS);

    // Every acknowledged application is stored exactly once, and nothing else is.
    const keys = run.acknowledged.map((entry) => entry.submissionKey).sort();
    expect(keys).toHaveLength(APPLICANTS * EACH);
    expect(new Set(keys).size).toBe(keys.length);
    const rows = await testDb.application.findMany({
      where: { jobId: job.id },
      select: { id: true, submissionKey: true, resumeFile: { select: { storageKey: true } } },
      orderBy: { submissionKey: "asc" },
    });
    expect(rows.map((row) => row.submissionKey)).toEqual(keys);
    for (const entry of run.acknowledged) {
      expect(rows.find((row) => row.submissionKey === entry.submissionKey)?.id).toBe(entry.submitted.applicationId);
    }
    // Each application's resume is on disk. An attempt whose COMMIT was sent but whose answer was
    // lost keeps its file (it may have committed: lib/submissions/submit-application.ts); the orphan
    // sweep removes what no row names once the grace period is over, and nothing else.
    const stored = rows.map((row) => row.resumeFile!.storageKey).sort();
    expect(await storedDocumentKeys(storageDir)).toEqual(expect.arrayContaining(stored));
    await sweepOrphanDocuments(new Date(Date.now() + ORPHAN_DOCUMENT_GRACE_MS + 60_000));
    expect(await storedDocumentKeys(storageDir)).toEqual(stored);

    // One confirmation per application in the outbox; the worker's delivery resumes and sends each once.
    const outbox = await testDb.emailOutbox.findMany({
      where: { applicationId: { in: rows.map((row) => row.id) } },
      select: { applicationId: true, toAddress: true, status: true },
      orderBy: { applicationId: "asc" },
    });
    expect(outbox.map((row) => row.applicationId)).toEqual(rows.map((row) => row.id).sort());
    await drainOutbox();
    const statuses = await testDb.emailOutbox.groupBy({
      by: ["status"],
      where: { applicationId: { in: rows.map((row) => row.id) } },
      _count: true,
      orderBy: { status: "asc" },
    });
    expect(statuses).toEqual([{ status: "SENT", _count: keys.length }]);
    const delivered = sink.messages.map((message) => message.to && "text" in message.to && message.to.text).sort();
    expect(delivered).toEqual(run.acknowledged.map((entry) => entry.email).sort());
    expect(new Set(sink.messages.map((message) => message.messageId)).size).toBe(sink.messages.length);
  });
});

/** Restarts the cluster and resolves with how long the app's own client took to answer afterwards. */
async function restartAndTimeRecovery(server: PrivatePostgres): Promise<number> {
  await server.restart();
  const back = Date.now();
  // Polled to the bound only: a busy machine makes the exact figure vary, not the outcome.
  const answered = await waitFor(async () => (await testDb.$queryRaw`SELECT 1`) !== null, RECOVERY_BOUND_MS * 4);
  if (!answered) throw new Error("the app's database client did not answer again after the restart");
  return Date.now() - back;
}
