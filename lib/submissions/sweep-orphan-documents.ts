import "server-only";
import { db } from "@/lib/db";
import { getFileStorage } from "@/lib/storage";

/**
 * How long a stored document may go without a row referring to it. A submission writes its files
 * and then commits its row within seconds; the margin covers clocks and slow disks, and keeps the
 * sweep well away from any submission still in flight.
 */
export const ORPHAN_DOCUMENT_GRACE_MS = 60 * 60 * 1000;

const BATCH = 500;

/**
 * Removes document files no StoredFile row names, once older than the grace period: left by an
 * app process killed between writing a file and committing its application, or by a commit whose
 * outcome the app could not learn (submit-application.ts). Run hourly by the worker.
 */
export async function sweepOrphanDocuments(now = new Date()): Promise<number> {
  const storage = getFileStorage();
  const before = new Date(now.getTime() - ORPHAN_DOCUMENT_GRACE_MS);
  let removed = 0;
  let batch: string[] = [];
  const removeUnreferenced = async () => {
    const referenced = await db.storedFile.findMany({
      where: { storageKey: { in: batch } },
      select: { storageKey: true },
    });
    const known = new Set(referenced.map((row) => row.storageKey));
    for (const key of batch) {
      if (known.has(key)) continue;
      await storage.delete(key);
      removed++;
    }
    batch = [];
  };
  for await (const key of storage.listWrittenBefore("documents/", before)) {
    batch.push(key);
    if (batch.length >= BATCH) await removeUnreferenced();
  }
  if (batch.length > 0) await removeUnreferenced();
  return removed;
}
