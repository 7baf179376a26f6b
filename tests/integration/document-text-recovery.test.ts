// Reading a resume's text off the candidate's request must never lose it: a job that fails is
// retried, a job that is lost is queued again by the sweep, and a document erased meanwhile
// stays erased (docs/decisions/0020).
import { mkdir, mkdtemp, rename, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { applyToJob } from "@/lib/submissions/apply-to-job";
import { loadApplicationFormContext } from "@/lib/submissions/load-form-context";
import { queueUnreadDocuments, readUnreadDocuments } from "@/lib/submissions/queue-document-text";
import { readDocumentText } from "@/lib/submissions/read-document-text";
import { QUEUE_SCHEMA, stopQueue } from "@/lib/queue/client";
import { READ_DOCUMENT_TEXT } from "@/lib/queue/jobs";
import { startWorker, type RunningWorker } from "@/lib/queue/start-worker";
import { createJob, ensureLegalForms, uniqueSuffix, type CreatedJob } from "../factories";
import { validApplicationPayload } from "../support/application-payload";
import { pdfFile } from "../support/documents";
import { testDb } from "../support/db";

const storageDir = await mkdtemp(path.join(tmpdir(), "trellis-document-text-"));
process.env.STORAGE_DIR = storageDir;

// pg-boss's own tables, read and changed as its SQL does, apart from Prisma.
const queueSql = new pg.Pool({ connectionString: inject("databaseUrl"), max: 1 });

let job: CreatedJob;
const workers: RunningWorker[] = [];
beforeAll(async () => {
  await ensureLegalForms(testDb);
  job = await createJob(testDb);
});
afterEach(async () => {
  await Promise.all(workers.splice(0).map((worker) => worker.stop(1_000)));
});
afterAll(async () => {
  await stopQueue();
  await queueSql.end();
  await rm(storageDir, { recursive: true, force: true });
});

async function startTestWorker(): Promise<void> {
  workers.push(await startWorker(inject("databaseUrl"), { log: () => undefined, pollingIntervalSeconds: 0.5 }));
}

/** Applies with a PDF resume holding `text`; no worker runs unless the test started one. */
async function apply(text: string) {
  const context = await loadApplicationFormContext({ id: job.id });
  const submitted = await applyToJob({
    job: { id: job.id },
    payload: validApplicationPayload(context, { resume: pdfFile("resume.pdf", text) }),
    source: "CAREERS_SITE",
  });
  const application = await testDb.application.findUniqueOrThrow({
    where: { id: submitted.applicationId },
    select: { id: true, resumeFile: { select: { id: true, storageKey: true } } },
  });
  return {
    applicationId: application.id,
    fileId: application.resumeFile!.id,
    filePath: path.join(storageDir, application.resumeFile!.storageKey),
  };
}

type QueuedJob = { id: string; state: string; retry_count: number };
const jobsFor = async (fileId: string) =>
  (
    await queueSql.query<QueuedJob>(
      `SELECT id, state, retry_count FROM ${QUEUE_SCHEMA}.job WHERE name = $1 AND data @> $2 ORDER BY created_on`,
      [READ_DOCUMENT_TEXT, JSON.stringify({ storedFileId: fileId })],
    )
  ).rows;

const searchTextOf = async (applicationId: string) =>
  (await testDb.application.findUniqueOrThrow({ where: { id: applicationId }, select: { searchText: true } }))
    .searchText;

async function waitFor<T>(
  what: string,
  read: () => Promise<T>,
  done: (value: T) => boolean,
  timeoutMs = 20_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe("reading resume text after the application is stored", () => {
  it("queues one job per document in the application's own transaction", async () => {
    const { fileId } = await apply(`Queued ${uniqueSuffix()}`);
    expect(await jobsFor(fileId)).toEqual([expect.objectContaining({ state: "created" })]);
  });

  it("retries a job that failed (the file store unreadable), then makes the text searchable", async () => {
    const word = `okapi${uniqueSuffix()}`;
    const { applicationId, fileId, filePath } = await apply(`Retried ${word}`);
    // A directory where the file should be: reading it throws, as a file store that is away does.
    await rename(filePath, `${filePath}.away`);
    await mkdir(filePath);
    await startTestWorker();
    const [failed] = await waitFor(
      "a failed attempt",
      () => jobsFor(fileId),
      ([queued]) => queued?.state === "retry",
    );
    expect(
      await testDb.storedFile.findUniqueOrThrow({ where: { id: fileId }, select: { extractedText: true } }),
    ).toEqual({ extractedText: null });

    await rm(filePath, { recursive: true });
    await rename(`${filePath}.away`, filePath);
    // Its backoff (30 s and more) shortened to now.
    await queueSql.query(`UPDATE ${QUEUE_SCHEMA}.job SET start_after = now() WHERE id = $1::uuid`, [failed!.id]);
    await waitFor(
      "the retry",
      () => jobsFor(fileId),
      ([queued]) => queued?.state === "completed",
    );
    expect(await searchTextOf(applicationId)).toContain(`retried ${word}`);
  });

  it("sweeps a document whose job was lost, once its retries would be over", async () => {
    const word = `tapir${uniqueSuffix()}`;
    const { applicationId, fileId } = await apply(`Swept ${word}`);
    await queueSql.query(`DELETE FROM ${QUEUE_SCHEMA}.job WHERE name = $1 AND data @> $2`, [
      READ_DOCUMENT_TEXT,
      JSON.stringify({ storedFileId: fileId }),
    ]);

    // Uploaded just now: its job may still be retrying, so the sweep leaves it.
    await queueUnreadDocuments();
    expect(await jobsFor(fileId)).toEqual([]);

    await testDb.storedFile.update({
      where: { id: fileId },
      data: { createdAt: new Date(Date.now() - 3 * 60 * 60 * 1000) },
    });
    expect(await queueUnreadDocuments()).toBeGreaterThanOrEqual(1);
    expect(await jobsFor(fileId)).toHaveLength(1);
    await startTestWorker();
    await waitFor(
      "the swept job",
      () => jobsFor(fileId),
      ([queued]) => queued?.state === "completed",
    );
    expect(await searchTextOf(applicationId)).toContain(`swept ${word}`);
    // Read now: the next sweep has nothing more for it.
    await queueUnreadDocuments();
    expect(await jobsFor(fileId)).toHaveLength(1);
  });

  it("never gives text back to a document erased before its job ran", async () => {
    const word = `quagga${uniqueSuffix()}`;
    const { applicationId, fileId } = await apply(`Erased ${word}`);
    // What the erasure leaves of a file (lib/privacy/scrub-application-records.ts).
    await testDb.storedFile.update({
      where: { id: fileId },
      data: { fileName: "erased", extractedText: null, sha256: "" },
    });
    expect(await readDocumentText(fileId)).toBe("SKIPPED");
    expect(
      await testDb.storedFile.findUniqueOrThrow({ where: { id: fileId }, select: { extractedText: true } }),
    ).toEqual({ extractedText: null });
    expect(await searchTextOf(applicationId)).not.toContain(word);
  });

  it("reads every unread document in the app itself where no worker runs (embedded Postgres)", async () => {
    const word = `numbat${uniqueSuffix()}`;
    const { applicationId, fileId } = await apply(`Inline ${word}`);
    expect(await readUnreadDocuments()).toBeGreaterThanOrEqual(1);
    expect(
      await testDb.storedFile.findUniqueOrThrow({ where: { id: fileId }, select: { extractedText: true } }),
    ).toEqual({ extractedText: `Inline ${word}` });
    expect(await searchTextOf(applicationId)).toContain(`inline ${word}`);
    // A job still queued for it finds nothing left to do.
    expect(await readDocumentText(fileId)).toBe("SKIPPED");
  });
});
