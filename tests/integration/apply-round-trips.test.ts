// Issue 16 (Applying): at most 10 database round trips on the request path of an application,
// through the careers form (multipart, with a résumé) and through the Job Board API. Counted on
// the app's connection pool; the confirmation email and the résumé's text come after the response.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as applyThroughBoard } from "@/app/api/job-board/v1/boards/[boardToken]/jobs/[jobId]/route";
import { loadApplicationFormContext } from "@/lib/submissions/load-form-context";
import { createJob, ensureLegalForms, SAMPLE_QUESTIONS, type CreatedJob } from "../factories";
import { validApplicationPayload, validGreenhousePayload } from "../support/application-payload";
import { postCareersApplication } from "../support/careers-apply";
import { testDb } from "../support/db";
import { pdfFile } from "../support/documents";
import { countRoundTrips } from "../support/round-trips";

const MAX_ROUND_TRIPS = 10;
const API_KEY = "round-trips-job-board-key-0123";
process.env.JOB_BOARD_API_KEY = API_KEY;
const storageDir = await mkdtemp(path.join(tmpdir(), "trellis-round-trips-"));
process.env.STORAGE_DIR = storageDir;

let job: CreatedJob;
let boardToken: string;
beforeAll(async () => {
  await ensureLegalForms(testDb);
  job = await createJob(testDb, { questions: [...SAMPLE_QUESTIONS] });
  boardToken = (await testDb.organization.findUniqueOrThrow({ where: { id: job.organizationId } })).boardToken;
});
afterAll(() => rm(storageDir, { recursive: true, force: true }));

async function careersApplication() {
  const payload = validApplicationPayload(await loadApplicationFormContext({ id: job.id }), {
    coverLetterFile: pdfFile("cover-letter.pdf"),
  });
  return countRoundTrips(() => postCareersApplication(job.slug, payload));
}

async function boardApplication() {
  const form = new FormData();
  for (const [name, value] of Object.entries(validGreenhousePayload(job))) form.set(name, String(value));
  form.set("resume", pdfFile("board-resume.pdf"));
  const request = new Request(`http://localhost/api/job-board/v1/boards/${boardToken}/jobs/${job.id}`, {
    method: "POST",
    body: form,
    headers: { authorization: `Basic ${Buffer.from(`${API_KEY}:`).toString("base64")}` },
  });
  return countRoundTrips(() =>
    applyThroughBoard(request, { params: Promise.resolve({ boardToken, jobId: String(job.id) }) }),
  );
}

describe("the round trips of an application", () => {
  it(`through the careers form, with a résumé and a cover letter, are at most ${MAX_ROUND_TRIPS}`, async () => {
    // The first application of a process reads what later ones find cached; both count.
    for (const attempt of ["first", "second"]) {
      const { result, statements } = await careersApplication();
      expect(result.status, `${attempt}: ${await result.clone().text()}`).toBe(201);
      expect(statements.length, `${attempt}:\n${statements.join("\n")}`).toBeLessThanOrEqual(MAX_ROUND_TRIPS);
    }
  });

  it(`through the Job Board API are at most ${MAX_ROUND_TRIPS}`, async () => {
    for (const attempt of ["first", "second"]) {
      const { result, statements } = await boardApplication();
      expect(result.status, `${attempt}: ${await result.clone().text()}`).toBe(200);
      expect(statements.length, `${attempt}:\n${statements.join("\n")}`).toBeLessThanOrEqual(MAX_ROUND_TRIPS);
    }
  });
});
