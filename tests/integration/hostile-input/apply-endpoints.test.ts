// The two ways in for an application, fuzzed in-process: the careers site's route (multipart:
// JSON payload + files) and the Job Board API (multipart or JSON, Greenhouse field names).
// Whatever arrives: never a 5xx, and a refused request leaves no row and no file behind.
import { randomUUID } from "node:crypto";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import type { ApplicationFormContext } from "@/lib/submissions/form-context";
import type { CreatedJob } from "../../factories";
import { validApplicationPayload, validGreenhousePayload } from "../../support/application-payload";
import { postCareersApplication, randomClientAddress } from "../../support/careers-apply";
import { testDb } from "../../support/db";
import { disguisedExecutable, minimalPdf } from "../../support/documents";
import {
  expectNoPrototypePollution,
  hostileString,
  hostileValue,
  leafPaths,
  PATH_TRAVERSAL_NAMES,
  withPath,
} from "./hostile-values";
import { expectSafelyStored, footprint } from "./stored-data";
import { createBoardJob } from "../../support/board-job";

// A fixed seed: every run tries the same inputs, and a failure prints the seed and the shrunk
// counterexample, which replay the same way.
fc.configureGlobal({ seed: 20261206 });

// Hundreds of requests each: a fixed amount of work whose time depends on how busy the machine is
// (the default 60 s ran out with other test runs on the same two cores). The bound is for a hang.
const FUZZ_TIMEOUT_MS = 300_000;

const storageDir = await mkdtemp(path.join(tmpdir(), "trellis-hostile-apply-"));
process.env.STORAGE_DIR = storageDir;
const API_KEY = "hostile-input-job-board-key-0123456789";
process.env.JOB_BOARD_API_KEY = API_KEY;

const { POST: jobBoardApply } = await import("@/app/api/job-board/v1/boards/[boardToken]/jobs/[jobId]/route");

let job: CreatedJob;
let boardToken: string;
let context: ApplicationFormContext;

beforeAll(async () => {
  ({ job, boardToken, context } = await createBoardJob());
});

/** A document as an attacker might send one: odd names, wrong bytes, empty, oversized names. */
const hostileFile: fc.Arbitrary<File> = fc
  .tuple(
    fc.oneof(
      fc.constantFrom(...PATH_TRAVERSAL_NAMES),
      hostileString.map((name) => `${name}.pdf`),
    ),
    fc.constantFrom("pdf", "exe", "empty", "text"),
  )
  .map(([name, kind]) => {
    if (kind === "exe") return disguisedExecutable(name);
    if (kind === "empty") return new File([], name, { type: "application/pdf" });
    if (kind === "text") return new File(["%PDF-1.4 not really"], name, { type: "application/pdf" });
    return new File([minimalPdf("Resume") as BlobPart], name, { type: "application/pdf" });
  });

type Outcome = { status: number; applicationId?: string };

/** Sends, checks the answer and the footprint; returns what happened. */
async function expectNoHarm(
  send: () => Promise<Response>,
  findApplication: () => Promise<string | undefined>,
): Promise<Outcome> {
  const before = await footprint(job.id, storageDir);
  const response = await send();
  expect(response.status, "never a server error").toBeLessThan(500);
  expect(response.headers.get("content-type")).toContain("application/json");
  await response.json();
  expectNoPrototypePollution();
  if (response.status >= 400) {
    expect(await footprint(job.id, storageDir), `refused with ${response.status}, yet something was stored`).toEqual(
      before,
    );
    return { status: response.status };
  }
  const applicationId = await findApplication();
  expect(applicationId, "accepted, yet no application").toBeDefined();
  await expectSafelyStored(applicationId!, storageDir);
  return { status: response.status, applicationId };
}

const applicationByEmail = async (email: unknown) =>
  typeof email === "string"
    ? (
        await testDb.application.findFirst({
          where: { jobId: job.id, emailNormalized: email.trim().toLowerCase() },
          select: { id: true },
        })
      )?.id
    : undefined;

describe("the careers apply route under hostile input", () => {
  it(
    "answers every mutated application below 500 and stores nothing it refuses",
    async () => {
      const statuses = new Map<number, number>();
      const paths = () => [
        ...leafPaths(validApplicationPayload(context)),
        ["unknown"],
        ["answers", "424242"],
        ["tracking", "utm_source"],
        ["tracking", "referredBy"],
        ["tracking", "source"],
        ["constructor"],
      ];
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.tuple(fc.constantFrom(...paths()), hostileValue), { minLength: 1, maxLength: 3 }),
          fc.option(hostileFile, { nil: undefined }),
          async (changes, file) => {
            let payload = validApplicationPayload(context);
            for (const [fieldPath, value] of changes) payload = withPath(payload, fieldPath, value);
            if (file) payload = { ...payload, resume: file };
            const outcome = await expectNoHarm(
              () => postCareersApplication(job.slug, payload),
              () => applicationByEmail(payload.email),
            );
            statuses.set(outcome.status, (statuses.get(outcome.status) ?? 0) + 1);
          },
        ),
        { numRuns: 500 },
      );
      // Both sides were exercised: refusals and, where a mutation happened to be harmless, stores.
      expect([...statuses.keys()].some((status) => status >= 400)).toBe(true);
      expect([...statuses.keys()].some((status) => status < 300)).toBe(true);
    },
    FUZZ_TIMEOUT_MS,
  );

  it("refuses payload parts that are not an application object", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string(),
          fc.json(),
          fc.constantFrom("[]", "null", "1", '"x"', "{", '{"__proto__":{"polluted":1}}'),
        ),
        async (raw) => {
          await expectNoHarm(
            () => postCareersApplication(job.slug, raw),
            async () => undefined,
          );
        },
      ),
      { numRuns: 150 },
    );
  });

  it("refuses text Postgres cannot store (NUL, half a surrogate pair) with a 4xx, in text and in JSON columns", async () => {
    const shortText = job.questions.find((question) => question.type === "SHORT_TEXT")!;
    const link = job.questions.find((question) => question.type === "URL")!;
    const cases: Record<string, unknown>[] = [
      { tracking: { utm_source: "a\u0000b" } },
      { tracking: { referrer: "\ud800" } },
      { tracking: { source: "referral", referredBy: "x\udc00" } },
      { answers: { [String(shortText.id)]: "C\ud800" } },
      { answers: { [String(link.id)]: "https://example.com/\ud800" } },
      { coverLetterText: "Dear team\u0000" },
    ];
    for (const overrides of cases) {
      const payload = validApplicationPayload(context, overrides);
      const { status } = await expectNoHarm(
        () =>
          postCareersApplication(job.slug, {
            ...payload,
            answers: { ...(payload.answers as object), ...(overrides.answers as object) },
          }),
        async () => undefined,
      );
      expect(status, JSON.stringify(overrides)).toBe(422);
    }
  });

  it("stores a file with a path-traversal, NUL or very long name under a generated key, with a safe label", async () => {
    for (const name of PATH_TRAVERSAL_NAMES) {
      const payload = validApplicationPayload(context, {
        resume: new File([minimalPdf("Resume") as BlobPart], name, { type: "application/pdf" }),
      });
      const outcome = await expectNoHarm(
        () => postCareersApplication(job.slug, payload),
        () => applicationByEmail(payload.email),
      );
      if (outcome.applicationId) {
        const stored = await testDb.application.findUniqueOrThrow({
          where: { id: outcome.applicationId },
          select: { resumeFile: { select: { fileName: true } } },
        });
        expect(stored.resumeFile?.fileName, name).not.toContain("..");
      } else {
        // Refused only for a name the schema cannot accept as a PDF or Word document.
        expect(name.toLowerCase().endsWith(".pdf"), name).toBe(false);
      }
    }
  });
});

/** What a form field can carry: text (objects as their JSON, as a careless client would send them). */
function asFormText(value: unknown): string {
  if (typeof value === "string") return value;
  try {
    return JSON.stringify(value) ?? "";
  } catch {
    return "";
  }
}

function jobBoardRequest(fields: Record<string, unknown>, asJson: boolean): Request {
  const headers: Record<string, string> = {
    authorization: `Basic ${Buffer.from(`${API_KEY}:`).toString("base64")}`,
    "x-forwarded-for": randomClientAddress(),
  };
  if (asJson) {
    headers["content-type"] = "application/json";
    return new Request(`http://localhost/api/job-board/v1/boards/${boardToken}/jobs/${job.id}`, {
      method: "POST",
      headers,
      body: JSON.stringify(fields),
    });
  }
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    if (value instanceof File) form.set(name, value);
    else if (Array.isArray(value)) for (const each of value) form.append(`${name}[]`, asFormText(each));
    else if (value !== undefined) form.set(name, asFormText(value));
  }
  return new Request(`http://localhost/api/job-board/v1/boards/${boardToken}/jobs/${job.id}`, {
    method: "POST",
    headers,
    body: form,
  });
}

describe("the Job Board API apply endpoint under hostile input", () => {
  it(
    "answers every mutated application below 500, as JSON or multipart, and stores nothing it refuses",
    async () => {
      const names = [
        ...Object.keys(validGreenhousePayload(job, "x@example.com")),
        "resume_content",
        "resume_content_filename",
        "cover_letter",
        "question_999999",
        "data_compliance",
        "__proto__",
        "mapped_url_token",
      ];
      const statuses = new Set<number>();
      await fc.assert(
        fc.asyncProperty(
          fc.boolean(),
          fc.array(fc.tuple(fc.constantFrom(...names), hostileValue), { minLength: 1, maxLength: 3 }),
          fc.option(hostileFile, { nil: undefined }),
          async (asJson, changes, file) => {
            const email = `board.${randomUUID().slice(0, 8)}@example.com`;
            let fields: Record<string, unknown> = validGreenhousePayload(job, email);
            for (const [name, value] of changes) fields = withPath(fields, [name], value);
            if (file && !asJson) fields.resume = file;
            if (file && asJson)
              Object.assign(fields, {
                resume_content: Buffer.from(await file.arrayBuffer()).toString("base64"),
                resume_content_filename: file.name,
              });
            const outcome = await expectNoHarm(
              () =>
                jobBoardApply(jobBoardRequest(fields, asJson), {
                  params: Promise.resolve({ boardToken, jobId: String(job.id) }),
                }),
              () => applicationByEmail(fields.email),
            );
            statuses.add(outcome.status);
          },
        ),
        { numRuns: 300 },
      );
      expect([...statuses].some((status) => status >= 400)).toBe(true);
      expect([...statuses].some((status) => status < 300)).toBe(true);
    },
    FUZZ_TIMEOUT_MS,
  );
});
