import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { applyToJob } from "@/lib/submissions/apply-to-job";
import { loadApplicationFormContext } from "@/lib/submissions/load-form-context";
import { queryApplications } from "@/lib/applications-table/query-applications";
import { parseApplicationsView } from "@/lib/applications-table/view-schema";
import { stopQueue } from "@/lib/queue/client";
import { startWorker, type RunningWorker } from "@/lib/queue/start-worker";
import {
  actorFor,
  createJob,
  createStaffUser,
  ensureLegalForms,
  SAMPLE_QUESTIONS,
  uniqueSuffix,
  type CreatedJob,
  type StaffUser,
} from "../factories";
import { validApplicationPayload } from "../support/application-payload";
import { docxFile } from "../support/docx";
import { pdfFile } from "../support/documents";
import { testDb } from "../support/db";

const storageDir = await mkdtemp(path.join(tmpdir(), "trellis-resume-search-"));
process.env.STORAGE_DIR = storageDir;
afterAll(() => rm(storageDir, { recursive: true, force: true }));

let job: CreatedJob;
let recruiter: StaffUser;
let worker: RunningWorker;
beforeAll(async () => {
  await ensureLegalForms(testDb);
  job = await createJob(testDb, { questions: [...SAMPLE_QUESTIONS] });
  recruiter = await createStaffUser(testDb, { role: "RECRUITER" });
  worker = await startWorker(inject("databaseUrl"), { log: () => undefined, pollingIntervalSeconds: 0.5 });
});
afterAll(async () => {
  await worker.stop(1_000);
  await stopQueue();
});

const selectApplication = {
  id: true,
  searchText: true,
  resumeFile: { select: { id: true, extractedText: true } },
} as const;

/**
 * Applies, then waits for the worker to read the resume (the job queued with the application).
 * It polls the stored file's own row: a read of the application with its resumeFile is two
 * queries, and the worker's commit can land between them (new text, old searchText). The
 * worker writes both in one transaction, so once the file is read the application is too.
 */
async function apply(resume: File, overrides: Record<string, unknown> = {}) {
  const context = await loadApplicationFormContext({ id: job.id });
  const submitted = await applyToJob({
    job: { id: job.id },
    payload: validApplicationPayload(context, { resume, ...overrides }),
    source: "CAREERS_SITE",
  });
  const { resumeFileId } = await testDb.application.findUniqueOrThrow({
    where: { id: submitted.applicationId },
    select: { resumeFileId: true },
  });
  if (!resumeFileId) throw new Error("The application has no resume");
  const deadline = Date.now() + 20_000;
  for (;;) {
    const file = await testDb.storedFile.findUniqueOrThrow({
      where: { id: resumeFileId },
      select: { extractedText: true },
    });
    if (file.extractedText !== null) break;
    if (Date.now() > deadline) throw new Error("The worker did not read the resume within 20 s");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return testDb.application.findUniqueOrThrow({ where: { id: submitted.applicationId }, select: selectApplication });
}

const search = async (q: string) =>
  (
    await queryApplications({ actor: actorFor(recruiter), view: parseApplicationsView({ jobId: String(job.id), q }) })
  ).rows.map((row) => row.id);

describe("resume text, read by the worker after applying", () => {
  it("stores the application at once, searchable by name before its resume is read", async () => {
    // No worker for this one: the application alone, as the candidate's request leaves it.
    await worker.stop(1_000);
    try {
      const word = `pangolin${uniqueSuffix()}`;
      const lastName = `Waiting${uniqueSuffix()}`;
      const context = await loadApplicationFormContext({ id: job.id });
      const submitted = await applyToJob({
        job: { id: job.id },
        payload: validApplicationPayload(context, { resume: pdfFile("resume.pdf", `Tuned ${word} kernels`), lastName }),
        source: "CAREERS_SITE",
      });
      const application = await testDb.application.findUniqueOrThrow({
        where: { id: submitted.applicationId },
        select: selectApplication,
      });
      expect(application.resumeFile?.extractedText).toBeNull();
      expect(await search(lastName)).toEqual([application.id]);
      expect(await search(word)).toEqual([]);
    } finally {
      worker = await startWorker(inject("databaseUrl"), { log: () => undefined, pollingIntervalSeconds: 0.5 });
    }
  });

  it("extracts a PDF resume's text and makes it searchable", async () => {
    const word = `zigzag${uniqueSuffix()}`;
    const application = await apply(pdfFile("resume.pdf", `Built a JIT for ${word} in C++`));
    expect(application.resumeFile?.extractedText).toBe(`Built a JIT for ${word} in C++`);
    expect(application.searchText).toContain(`built a jit for ${word}`);
    expect(await search(word.toUpperCase())).toEqual([application.id]);
  });

  it("extracts a DOCX resume's text and makes it searchable", async () => {
    const word = `quokka${uniqueSuffix()}`;
    const application = await apply(docxFile("resume.docx", ["Grace Hopper", `Compilers and ${word} tooling`]));
    expect(application.resumeFile?.extractedText).toBe(`Grace Hopper\nCompilers and ${word} tooling`);
    expect(await search(`${word} compilers`)).toEqual([application.id]);
  });

  it("stores the application, with no text (empty, so it is not read again), when the resume cannot be read", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const broken = new File(
      [new TextEncoder().encode("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF")],
      "resume.pdf",
      { type: "application/pdf" },
    );
    const lastName = `Unreadable${uniqueSuffix()}`;
    const application = await apply(broken, { lastName });
    expect(application.resumeFile?.extractedText).toBe("");
    expect(warn).toHaveBeenCalledWith(expect.stringContaining("could not read"));
    warn.mockRestore();
    // The name and email are still searchable.
    expect(await search(lastName)).toEqual([application.id]);
  });
});
