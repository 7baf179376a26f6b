// What the hostile-input tests count and inspect in the database and the file store.
import { readdir } from "node:fs/promises";
import path from "node:path";
import { expect } from "vitest";
import { testDb } from "../../support/db";

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

export async function storedDocumentFiles(storageDir: string): Promise<string[]> {
  return (await readdir(path.join(storageDir, "documents")).catch(() => [] as string[])).filter(
    (name) => !name.endsWith(".partial"),
  );
}

/** Everything an application can add; equal before and after a refused request. */
export async function footprint(jobId: number, storageDir: string) {
  return {
    applications: await testDb.application.count({ where: { jobId } }),
    candidates: await testDb.candidate.count(),
    files: await testDb.storedFile.count(),
    answers: await testDb.applicationAnswer.count({ where: { application: { jobId } } }),
    outbox: await testDb.emailOutbox.count(),
    documents: (await storedDocumentFiles(storageDir)).length,
  };
}

/** A stored application's person and files hold nothing an invalid request could have put there. */
export async function expectSafelyStored(applicationId: string, storageDir: string): Promise<void> {
  const application = await testDb.application.findUniqueOrThrow({
    where: { id: applicationId },
    select: {
      candidate: {
        select: {
          firstName: true,
          lastName: true,
          location: true,
          email: true,
          linkedinUrl: true,
          githubUrl: true,
          websiteUrl: true,
        },
      },
      resumeFile: { select: { storageKey: true, fileName: true, byteSize: true } },
      coverLetterFile: { select: { storageKey: true, fileName: true, byteSize: true } },
      answers: { select: { value: true } },
    },
  });
  const { candidate } = application;
  for (const text of [candidate.firstName, candidate.lastName, candidate.location ?? "x"]) {
    expect(text.trim().length).toBeGreaterThan(0);
    expect(CONTROL.test(text)).toBe(false);
  }
  for (const url of [candidate.linkedinUrl, candidate.githubUrl, candidate.websiteUrl])
    if (url) expect(url).toMatch(/^https?:\/\//i);
  for (const file of [application.resumeFile, application.coverLetterFile]) {
    if (!file) continue;
    // Stored under a generated name; the person's file name is only a label.
    expect(file.storageKey).toMatch(/^documents\/[0-9a-f-]{36}$/);
    expect((await storedDocumentFiles(storageDir)).includes(file.storageKey.slice("documents/".length))).toBe(true);
    expect(file.fileName).not.toMatch(/[\\/]/);
    expect(CONTROL.test(file.fileName)).toBe(false);
    expect(file.fileName.startsWith(".")).toBe(false);
    expect(file.fileName.length).toBeLessThanOrEqual(120);
    expect(file.byteSize).toBeLessThanOrEqual(10 * 1024 * 1024);
  }
}
