// The orphan sweep: document files no StoredFile row names (an app process killed between writing
// a file and committing, or a commit whose outcome was never learned) go once past the grace
// period; a referenced file, a recent file and a recent unfinished write stay.
import { mkdtemp, readdir, rm, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { stopQueue } from "@/lib/queue/client";
import { getFileStorage } from "@/lib/storage";
import { applyToJob } from "@/lib/submissions/apply-to-job";
import { loadApplicationFormContext } from "@/lib/submissions/load-form-context";
import { ORPHAN_DOCUMENT_GRACE_MS, sweepOrphanDocuments } from "@/lib/submissions/sweep-orphan-documents";
import { createJob, ensureLegalForms } from "../factories";
import { validApplicationPayload } from "../support/application-payload";
import { testDb } from "../support/db";

// A folder of this file's own: the sweep looks at every file in it.
const storageDir = await mkdtemp(path.join(tmpdir(), "trellis-orphan-sweep-"));
process.env.STORAGE_DIR = storageDir;

afterAll(async () => {
  await stopQueue();
  await rm(storageDir, { recursive: true, force: true });
});

const listed = async () => (await readdir(path.join(storageDir, "documents"))).sort();

describe("sweepOrphanDocuments", () => {
  it("removes unreferenced files and unfinished writes past the grace period, and nothing else", async () => {
    await ensureLegalForms(testDb);
    const job = await createJob(testDb);
    const payload = validApplicationPayload(await loadApplicationFormContext({ id: job.id }));
    const submitted = await applyToJob({ job: { id: job.id }, payload, source: "CAREERS_SITE" });
    const { resumeFile } = await testDb.application.findUniqueOrThrow({
      where: { id: submitted.applicationId },
      select: { resumeFile: { select: { storageKey: true } } },
    });
    const referenced = path.basename(resumeFile!.storageKey);

    const orphan = "0a2b4c6d-0000-4000-8000-000000000001";
    await getFileStorage().put(`documents/${orphan}`, new Uint8Array([1, 2, 3]), "application/pdf");
    const unfinished = `${orphan}.5e6f7a8b-0000-4000-8000-000000000002.partial`;
    await writeFile(path.join(storageDir, "documents", unfinished), "half a file");
    const everything = [orphan, referenced, unfinished].sort();

    // Within the grace period nothing goes, referenced or not.
    expect(await sweepOrphanDocuments()).toBe(0);
    expect(await listed()).toEqual(everything);

    // Past it, the orphan and the unfinished write go; the application's resume stays.
    const later = new Date(Date.now() + ORPHAN_DOCUMENT_GRACE_MS + 60_000);
    expect(await sweepOrphanDocuments(later)).toBe(1);
    expect(await listed()).toEqual([referenced]);
    expect(await getFileStorage().get(resumeFile!.storageKey)).not.toBeNull();

    // A file whose row is gone (erased) is an orphan like any other; a fresh one is not yet.
    await testDb.application.delete({ where: { id: submitted.applicationId } });
    await testDb.storedFile.deleteMany({ where: { storageKey: resumeFile!.storageKey } });
    const old = new Date(Date.now() - ORPHAN_DOCUMENT_GRACE_MS - 60_000);
    await utimes(path.join(storageDir, resumeFile!.storageKey), old, old);
    expect(await sweepOrphanDocuments()).toBe(1);
    expect(await listed()).toEqual([]);
  });
});
