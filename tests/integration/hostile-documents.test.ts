// Hostile resumes through the real path: the upload check, then the background worker reading
// the text. Each costs bounded memory, is refused or marked unreadable (extractedText "", so it
// is not read again), and the worker goes on to read the next resume (issue 12, finding 12).
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { applyToJob } from "@/lib/submissions/apply-to-job";
import { loadApplicationFormContext } from "@/lib/submissions/load-form-context";
import { AppError } from "@/lib/errors";
import { stopQueue } from "@/lib/queue/client";
import { startWorker, type RunningWorker } from "@/lib/queue/start-worker";
import { createJob, ensureLegalForms, uniqueSuffix, type CreatedJob } from "../factories";
import { validApplicationPayload } from "../support/application-payload";
import { pdfFile } from "../support/documents";
import { testDb } from "../support/db";
import {
  docxWithContentTypesBomb,
  docxWithHugeImage,
  docxZipBombWithLyingSizes,
  pdfWithContentBomb,
  pdfWithDeepNesting,
} from "../support/hostile-documents";

const storageDir = await mkdtemp(path.join(tmpdir(), "trellis-hostile-documents-"));
process.env.STORAGE_DIR = storageDir;
const MB = 2 ** 20;
const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

let job: CreatedJob;
let worker: RunningWorker;
beforeAll(async () => {
  await ensureLegalForms(testDb);
  job = await createJob(testDb);
  // The worker runs in this process, as `npm run worker` runs its jobs in its own.
  worker = await startWorker(inject("databaseUrl"), { log: () => undefined, pollingIntervalSeconds: 0.5 });
  vi.spyOn(console, "warn").mockImplementation(() => undefined);
});
afterAll(async () => {
  vi.restoreAllMocks();
  await worker.stop(1_000);
  await stopQueue();
  await rm(storageDir, { recursive: true, force: true });
});

const asFile = (bytes: Uint8Array, name: string, type: string) => new File([bytes as BlobPart], name, { type });

async function apply(resume: File) {
  const context = await loadApplicationFormContext({ id: job.id });
  const submitted = await applyToJob({
    job: { id: job.id },
    payload: validApplicationPayload(context, { resume }),
    source: "CAREERS_SITE",
  });
  const { resumeFileId } = await testDb.application.findUniqueOrThrow({
    where: { id: submitted.applicationId },
    select: { resumeFileId: true },
  });
  return resumeFileId!;
}

/** The text the worker stored for the file, once it has read it. */
async function readText(fileId: string): Promise<string> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const { extractedText } = await testDb.storedFile.findUniqueOrThrow({
      where: { id: fileId },
      select: { extractedText: true },
    });
    if (extractedText !== null) return extractedText;
    if (Date.now() > deadline) throw new Error("The worker did not read the document within 60 s");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Applies with the hostile resume, then with a normal one, and waits for the worker to read
 * both; reports what the process's resident memory grew by at its peak meanwhile.
 */
async function hostileThenNormal(hostile: File) {
  const word = `wombat${uniqueSuffix()}`;
  // The parsers' thread is started once (~50 MB): started before measuring.
  await readText(await apply(pdfFile("resume.pdf", `Warm up ${word}`)));
  const before = process.memoryUsage.rss();
  let peak = before;
  const sample = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 10);
  try {
    const hostileId = await apply(hostile);
    const normalId = await apply(pdfFile("resume.pdf", `Read after ${word}`));
    return {
      hostileText: await readText(hostileId),
      normalText: await readText(normalId),
      word,
      grownBytes: peak - before,
    };
  } finally {
    clearInterval(sample);
  }
}

describe("hostile resumes", () => {
  it("refuses at upload a DOCX whose [Content_Types].xml is a 1 GB zip bomb, as a document it cannot read", async () => {
    const before = process.memoryUsage.rss();
    const context = await loadApplicationFormContext({ id: job.id });
    const payload = validApplicationPayload(context, {
      resume: asFile(docxWithContentTypesBomb(1024 * MB), "resume.docx", DOCX),
    });
    const error = await applyToJob({ job: { id: job.id }, payload, source: "CAREERS_SITE" }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).fieldErrors?.resume?.[0]).toMatch(/not a readable PDF or Word/);
    expect(process.memoryUsage.rss() - before).toBeLessThan(64 * MB);
  });

  it("marks a DOCX whose headers lie (a 1 GB zip bomb) unreadable, without inflating it, and reads the next resume", async () => {
    const { hostileText, normalText, word, grownBytes } = await hostileThenNormal(
      asFile(docxZipBombWithLyingSizes(1024 * MB), "resume.docx", DOCX),
    );
    expect(hostileText).toBe("");
    expect(normalText).toBe(`Read after ${word}`);
    expect(grownBytes).toBeLessThan(128 * MB);
  });

  it("reads the text of a DOCX holding a 512 MB picture, which it never inflates", async () => {
    const { hostileText, normalText, word, grownBytes } = await hostileThenNormal(
      asFile(docxWithHugeImage(["Grace Hopper", "Compilers"], 512 * MB), "resume.docx", DOCX),
    );
    expect(hostileText).toBe("Grace Hopper\nCompilers");
    expect(normalText).toBe(`Read after ${word}`);
    expect(grownBytes).toBeLessThan(128 * MB);
  });

  it("marks a PDF nested 200,000 deep unreadable and reads the next resume", async () => {
    const { hostileText, normalText, word } = await hostileThenNormal(
      asFile(pdfWithDeepNesting(200_000), "resume.pdf", "application/pdf"),
    );
    expect(hostileText).toBe("");
    expect(normalText).toBe(`Read after ${word}`);
  });

  it("marks a PDF whose page inflates to 1 GB unreadable within the memory limit, and reads the next resume", async () => {
    const { hostileText, normalText, word, grownBytes } = await hostileThenNormal(
      asFile(pdfWithContentBomb(1024 * MB), "resume.pdf", "application/pdf"),
    );
    expect(hostileText).toBe("");
    expect(normalText).toBe(`Read after ${word}`);
    // EXTRACTION_LIMITS.maxMemoryGrowthBytes, plus what the thread allocates between two checks.
    expect(grownBytes).toBeLessThan(512 * MB + 128 * MB);
  }, 120_000);
});
