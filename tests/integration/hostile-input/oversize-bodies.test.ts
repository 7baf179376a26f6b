// Bodies too large to accept, on both apply endpoints: refused (413, or 4xx with the field named),
// never buffered without limit, and nothing stored.
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { ApplicationFormContext } from "@/lib/submissions/form-context";
import { MAX_APPLICATION_BODY_BYTES } from "@/lib/http/read-multipart";
import type { CreatedJob } from "../../factories";
import { validApplicationPayload } from "../../support/application-payload";
import { postCareersApplication, postCareersBody, randomClientAddress } from "../../support/careers-apply";
import { minimalPdf } from "../../support/documents";
import { footprint } from "./stored-data";
import { createBoardJob } from "../../support/board-job";

const storageDir = await mkdtemp(path.join(tmpdir(), "trellis-oversize-"));
process.env.STORAGE_DIR = storageDir;
const API_KEY = "oversize-job-board-key-0123456789";
process.env.JOB_BOARD_API_KEY = API_KEY;
const { POST: jobBoardApply } = await import("@/app/api/job-board/v1/boards/[boardToken]/jobs/[jobId]/route");

const MB = 1024 * 1024;
let job: CreatedJob;
let boardToken: string;
let context: ApplicationFormContext;

beforeAll(async () => {
  ({ job, boardToken, context } = await createBoardJob());
});

/** A real PDF padded to `bytes` (trailing bytes after %%EOF are still a PDF to a sniffer). */
function pdfOfSize(bytes: number, name = "resume.pdf"): File {
  const pdf = minimalPdf("Resume");
  const padded = new Uint8Array(bytes);
  padded.set(pdf);
  return new File([padded], name, { type: "application/pdf" });
}

/** A body that arrives in chunks and never says how long it is. */
function chunkedStream(totalBytes: number): ReadableStream<Uint8Array> {
  const chunk = new Uint8Array(MB).fill(0x61);
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent >= totalBytes) return controller.close();
      sent += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
}

async function expectRefused(send: () => Promise<Response>, status: number): Promise<Record<string, unknown>> {
  const before = await footprint(job.id, storageDir);
  const response = await send();
  expect(response.status).toBe(status);
  const body = (await response.json()) as Record<string, unknown>;
  expect(await footprint(job.id, storageDir)).toEqual(before);
  return body;
}

describe("the careers apply route", () => {
  it("refuses a resume over 10 MB on the resume field", async () => {
    const body = await expectRefused(
      () => postCareersApplication(job.slug, validApplicationPayload(context, { resume: pdfOfSize(10 * MB + 1) })),
      422,
    );
    expect(body.fieldErrors).toMatchObject({ resume: [expect.stringMatching(/10 MB/)] });
  });

  it("refuses a body over the limit with 413, announced or not", async () => {
    const form = new FormData();
    form.set("payload", JSON.stringify({}));
    form.set("resume", pdfOfSize(MAX_APPLICATION_BODY_BYTES + MB));
    expect(await expectRefused(() => postCareersBody(job.slug, form), 413)).toMatchObject({ code: "TOO_LARGE" });
    // No Content-Length: read only up to the limit, then refused.
    await expectRefused(
      () =>
        postCareersBody(job.slug, chunkedStream(MAX_APPLICATION_BODY_BYTES + 4 * MB), {
          headers: { "content-type": "multipart/form-data; boundary=x" },
        }),
      413,
    );
    // A Content-Length that lies small does not get more read either.
    await expectRefused(
      () =>
        postCareersBody(job.slug, chunkedStream(MAX_APPLICATION_BODY_BYTES + 2 * MB), {
          headers: { "content-type": "multipart/form-data; boundary=x", "content-length": "100" },
        }),
      413,
    );
  });

  it("refuses huge JSON in the payload part with the fields named", async () => {
    const huge = "x".repeat(5 * MB);
    const body = await expectRefused(
      () =>
        postCareersApplication(job.slug, validApplicationPayload(context, { firstName: huge, coverLetterText: huge })),
      422,
    );
    expect(Object.keys(body.fieldErrors as object)).toEqual(expect.arrayContaining(["firstName", "coverLetterText"]));
    // Deeply nested JSON is just an invalid payload.
    const nested = `${"[".repeat(100_000)}${"]".repeat(100_000)}`;
    await expectRefused(() => postCareersApplication(job.slug, nested), 422);
  });
});

describe("the Job Board API apply endpoint", () => {
  const post = (body: BodyInit, contentType: string, extra: Record<string, string> = {}) =>
    jobBoardApply(
      new Request(`http://localhost/api/job-board/v1/boards/${boardToken}/jobs/${job.id}`, {
        method: "POST",
        body,
        headers: {
          authorization: `Basic ${Buffer.from(`${API_KEY}:`).toString("base64")}`,
          "content-type": contentType,
          "x-forwarded-for": randomClientAddress(),
          ...extra,
        },
        ...(body instanceof ReadableStream ? { duplex: "half" } : {}),
      } as RequestInit),
      { params: Promise.resolve({ boardToken, jobId: String(job.id) }) },
    );

  it("refuses JSON over 30 MB with 413, announced or streamed", async () => {
    const big = JSON.stringify({ first_name: "x".repeat(31 * MB) });
    await expectRefused(() => post(big, "application/json"), 413);
    await expectRefused(() => post(chunkedStream(31 * MB), "application/json"), 413);
  });

  it("refuses a base64 resume over 10 MB with 413 on the field it came in", async () => {
    const bytes = new Uint8Array(await pdfOfSize(10 * MB + 1).arrayBuffer());
    const body = JSON.stringify({
      first_name: "Grace",
      resume_content: Buffer.from(bytes).toString("base64"),
      resume_content_filename: "resume.pdf",
    });
    const refused = await expectRefused(() => post(body, "application/json"), 413);
    expect(refused.field_errors).toMatchObject({ resume_content: [expect.stringMatching(/10 MB/)] });
  });

  it("refuses huge field values with 400", async () => {
    await expectRefused(
      () => post(JSON.stringify({ first_name: "x".repeat(2 * MB), last_name: "y".repeat(2 * MB) }), "application/json"),
      400,
    );
  });
});
