// Files no row refers to, in the main app's storage: left by an app killed between writing a
// document and committing its application, or by a COMMIT whose answer was lost. The worker's
// hourly sweep removes them once an hour old; here it runs as if that hour had passed.
import { check, documentFiles, storedFileRows, type Check } from "./checks";
import type { Chaos } from "./context";

export async function orphanChecks(chaos: Chaos): Promise<{ checks: Check[]; figures: [string, string][] }> {
  const referenced = async () => new Set((await storedFileRows(chaos.databaseUrl)).map((row) => row.storageKey));
  const before = await documentFiles(chaos.storageDir);
  const known = await referenced();
  const unreferencedBefore = before.complete.filter((key) => !known.has(key));
  // The runner's environment points the app's own modules at the main app's database and storage.
  const { ORPHAN_DOCUMENT_GRACE_MS, sweepOrphanDocuments } =
    await import("../../lib/submissions/sweep-orphan-documents");
  const removed = await sweepOrphanDocuments(new Date(Date.now() + ORPHAN_DOCUMENT_GRACE_MS + 60_000));
  const after = await documentFiles(chaos.storageDir);
  const knownAfter = await referenced();
  const unreferencedAfter = after.complete.filter((key) => !knownAfter.has(key));
  const referencedGone = before.complete.filter((key) => known.has(key) && !after.complete.includes(key));
  return {
    checks: [
      check(
        "no orphan file once the orphan sweep's grace period has passed, and the sweep keeps every referenced file",
        unreferencedAfter.length === 0 && after.partial.length === 0 && referencedGone.length === 0,
        `before the sweep: ${unreferencedBefore.length} unreferenced and ${before.partial.length} partial of ${before.complete.length + before.partial.length} files; after: ${unreferencedAfter.length} unreferenced, ${after.partial.length} partial, ${referencedGone.length} referenced files removed`,
      ),
    ],
    figures: [["orphan files removed by the sweep", String(removed)]],
  };
}
