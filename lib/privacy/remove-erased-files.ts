import "server-only";
import { db } from "@/lib/db";
import { getFileStorage } from "@/lib/storage";

// A file no application points at is left over from an erasure whose removal failed. An upload
// gets its row in the same transaction as its application, so a committed row without one is
// never a file in use; the age margin keeps the sweep clear of any future two-step upload.
const ORPHAN_MIN_AGE_MS = 60 * 60 * 1000;

/**
 * Removes erased files from storage, then their rows. A failure leaves the row (unlinked and
 * already nameless) for removeOrphanedFiles to retry; it never throws.
 */
export async function removeErasedFiles(storageKeys: string[]): Promise<{ removed: number; failed: number }> {
  let removed = 0;
  let failed = 0;
  for (const storageKey of storageKeys) {
    try {
      await getFileStorage().delete(storageKey);
      await db.storedFile.deleteMany({
        where: { storageKey, resumeOfApplication: null, coverLetterApplication: null },
      });
      removed += 1;
    } catch (error) {
      failed += 1;
      console.error(
        `[privacy] could not remove an erased file yet; the next retention run retries it`,
        (error as Error).message,
      );
    }
  }
  return { removed, failed };
}

/** Retries the removals that failed before (run by every retention run). */
export async function removeOrphanedFiles({ now = new Date() }: { now?: Date } = {}) {
  const orphans = await db.storedFile.findMany({
    where: {
      resumeOfApplication: null,
      coverLetterApplication: null,
      createdAt: { lt: new Date(now.getTime() - ORPHAN_MIN_AGE_MS) },
    },
    select: { storageKey: true },
  });
  return removeErasedFiles(orphans.map((orphan) => orphan.storageKey));
}
