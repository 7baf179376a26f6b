// How an uploaded document's text gets read once its application is stored (docs/decisions/0020).
import "server-only";
import type PgBoss from "pg-boss";
import { db, type DbTransaction } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { createPgBoss, QUEUE_SCHEMA } from "@/lib/queue/client";
import { enqueueJob } from "@/lib/queue/enqueue-job";
import { READ_DOCUMENT_TEXT } from "@/lib/queue/jobs";
import { readDocumentText, UNREAD_DOCUMENT } from "./read-document-text";

/**
 * A job per document, inserted in the transaction that stores the application: committed
 * together or not at all, so an acknowledged application never waits for a job that was lost
 * between its commit and a second write.
 */
export async function queueDocumentText(tx: DbTransaction, storedFileIds: string[]): Promise<void> {
  for (const storedFileId of storedFileIds) await enqueueJob(READ_DOCUMENT_TEXT, { storedFileId }, { tx });
}

let sqlOnly: PgBoss | undefined;

/**
 * The same jobs in one statement on the application's own connection (insert-application.ts):
 * pg-boss builds the SQL, the caller's transaction runs it. pg-boss inserts nothing, silently,
 * for a queue that does not exist: the caller checks READ_DOCUMENT_TEXT_QUEUE_EXISTS first.
 */
export async function queueDocumentTextOn(executor: PgBoss.Db, storedFileIds: string[]): Promise<void> {
  sqlOnly ??= createPgBoss(getEnv().DATABASE_URL, "producer");
  await sqlOnly.insert(
    storedFileIds.map((storedFileId) => ({ name: READ_DOCUMENT_TEXT, data: { storedFileId } })),
    { db: executor },
  );
}

export const READ_DOCUMENT_TEXT_QUEUE_EXISTS = `EXISTS (SELECT 1 FROM ${QUEUE_SCHEMA}.queue WHERE name = '${READ_DOCUMENT_TEXT}')`;
export const missingQueueError = () =>
  new Error(
    `The job queue ${READ_DOCUMENT_TEXT} does not exist yet: start a worker (npm run worker) once to create it.`,
  );

// A job gives up after its retries (30 to 60 minutes, lib/queue/jobs.ts); a document still
// unread this long after upload has no job left that will read it.
const GIVEN_UP_AFTER_MS = 2 * 60 * 60 * 1000;
const SWEEP_BATCH = 500;

/**
 * Queues a new job for every document still unread past its retries: a job that kept failing,
 * or one lost with a worker's database. Reading is idempotent, so a rare second job costs a query.
 * (No index serves this filter: a scan of StoredFile, about 0.1 s at 100,000 documents, hourly.)
 */
export async function queueUnreadDocuments(now = new Date()): Promise<number> {
  const unread = await unreadDocuments(new Date(now.getTime() - GIVEN_UP_AFTER_MS));
  if (unread.length > 0) await db.$transaction((tx) => queueDocumentText(tx, unread));
  return unread.length;
}

/**
 * Where no worker runs (`npm start` on the embedded Postgres): reads, in this process, every
 * document left unread, such as one whose after-response reading a restart interrupted. One that
 * fails is logged and left for the next start.
 */
export async function readUnreadDocuments(): Promise<number> {
  let read = 0;
  let after: string | undefined;
  for (
    let batch = await unreadDocuments(new Date());
    batch.length > 0;
    batch = await unreadDocuments(new Date(), after)
  ) {
    read += await readDocumentsInProcess(batch);
    after = batch.at(-1);
  }
  return read;
}

/**
 * Reads documents in this process, one after another (where no worker runs). One that fails is
 * logged and stays unread, for readUnreadDocuments at the next start. Returns how many were read.
 */
export async function readDocumentsInProcess(storedFileIds: string[]): Promise<number> {
  let read = 0;
  for (const id of storedFileIds) {
    await readDocumentText(id).then(
      () => (read += 1),
      (error: unknown) =>
        console.error(`[documents] reading ${id} failed: ${error instanceof Error ? error.message : String(error)}`),
    );
  }
  return read;
}

async function unreadDocuments(uploadedBefore: Date, afterId?: string): Promise<string[]> {
  const rows = await db.storedFile.findMany({
    where: { ...UNREAD_DOCUMENT, createdAt: { lt: uploadedBefore }, ...(afterId && { id: { gt: afterId } }) },
    orderBy: { id: "asc" },
    take: SWEEP_BATCH,
    select: { id: true },
  });
  return rows.map((row) => row.id);
}
