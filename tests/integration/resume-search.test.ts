import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { applyToJob } from "@/lib/applications/apply-to-job";
import { loadApplicationFormContext } from "@/lib/applications/load-form-context";
import { queryApplications } from "@/lib/applications-table/query-applications";
import { parseApplicationsView } from "@/lib/applications-table/view-schema";
import { actorFor, createJob, createStaffUser, ensureLegalForms, SAMPLE_QUESTIONS, uniqueSuffix, type CreatedJob, type StaffUser } from "../factories";
import { validApplicationPayload } from "../support/application-payload";
import { docxFile } from "../support/docx";
import { pdfFile } from "../support/documents";
import { testDb } from "../support/db";

const storageDir = await mkdtemp(path.join(tmpdir(), "trellis-resume-search-"));
process.env.STORAGE_DIR = storageDir;
afterAll(() => rm(storageDir, { recursive: true, force: true }));

let job: CreatedJob;
let recruiter: StaffUser;
beforeAll(async () => {
  await ensureLegalForms(testDb);
  job = await createJob(testDb, { questions: [...SAMPLE_QUESTIONS] });
  recruiter = await createStaffUser(testDb, { role: "RECRUITER" });
});

async function apply(resume: File, overrides: Record<string, unknown> = {}) {
  const context = await loadApplicationFormContext({ id: job.id });
  const submitted = await applyToJob({ job: { id: job.id }, payload: validApplicationPayload(context, { resume, ...overrides }), source: "CAREERS_SITE" });
  return testDb.application.findUniqueOrThrow({
    where: { id: submitted.applicationId },
    select: { id: true, searchText: true, resumeFile: { select: { extractedText: true } } },
  });
}

const search = async (q: string) =>
  (await queryApplications({ actor: actorFor(recruiter), view: parseApplicationsView({ jobId: String(job.id), q }) })).rows.map((row) => row.id);

describe("resume text at apply time", () => {
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

  it("stores the application, with no text, when the resume cannot be read", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const broken = new File([new TextEncoder().encode("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF")], "resume.pdf", { type: "application/pdf" });
    const lastName = `Unreadable${uniqueSuffix()}`;
    const application = await apply(broken, { lastName });
    expect(application.resumeFile?.extractedText).toBeNull();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining("could not read"));
    warn.mockRestore();
    // The name and email are still searchable.
    expect(await search(lastName)).toEqual([application.id]);
  });
});
