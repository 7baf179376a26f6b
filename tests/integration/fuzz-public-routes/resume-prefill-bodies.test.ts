// The application form's resume reading under generated bodies: no body, any content type, text
// where a file belongs, several parts, hostile names, documents that are broken, disguised or
// zip bombs. Every answer is below 500, and nothing is ever stored.
import { readdir } from "node:fs/promises";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { randomClientAddress, TEST_APP_ORIGIN } from "../../support/careers-apply";
import { testDb } from "../../support/db";
import { docxZipBombWithLyingSizes, pdfWithDeepNesting } from "../../support/hostile-documents";
import { expectNoPrototypePollution, hostileString } from "../hostile-input/hostile-values";
import { APP_ROUTES } from "./app-routes";
import { fuzzEnvironment } from "./fixture";
import { inProcessApp } from "./in-process-app";
import { documentFile, rawSubmission } from "./payloads";

const { storageDir } = await fuzzEnvironment();
const proxyModule = await import("@/proxy");

const SEED = 20_261_206;
const RUNS = 300;

const serverErrors: string[] = [];
const app = inProcessApp(proxyModule, APP_ROUTES, (target, error) =>
  serverErrors.push(`${target}: ${String(error).slice(0, 300)}`),
);

const MB = 1024 * 1024;
const brokenDocument = fc.constantFrom(
  () => new File([new TextEncoder().encode("%PDF-1.4\nnot really a pdf")], "broken.pdf"),
  () => new File([pdfWithDeepNesting(5_000) as BlobPart], "nested.pdf"),
  () => new File([docxZipBombWithLyingSizes(16 * MB) as BlobPart], "bomb.docx"),
);
const part = fc.tuple(
  fc.oneof({ weight: 4, arbitrary: fc.constant("resume") }, hostileString),
  fc.oneof(
    { weight: 3, arbitrary: documentFile },
    brokenDocument.map((make) => make()),
    hostileString,
  ),
);
const multipart = fc.array(part, { maxLength: 3 }).map((parts) => {
  const form = new FormData();
  for (const [name, value] of parts) form.append(name, value);
  return { body: form as BodyInit, contentType: undefined };
});
const body = fc.oneof({ weight: 4, arbitrary: multipart }, rawSubmission);

describe("POST /api/resume-prefill under generated bodies", () => {
  it(`answers ${RUNS} generated bodies below 500 and stores nothing`, { timeout: 240_000 }, async () => {
    const filesBefore = await testDb.storedFile.count();
    const statuses = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(body, async ({ body, contentType }) => {
        const errorsBefore = serverErrors.length;
        const headers = {
          origin: TEST_APP_ORIGIN,
          "x-forwarded-for": randomClientAddress(),
          ...(contentType ? { "content-type": contentType } : {}),
        };
        const status = await app.send("POST", "/api/resume-prefill", { headers, body });
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
        expect(status, serverErrors.slice(errorsBefore).join("\n")).toBeLessThan(500);
        expectNoPrototypePollution();
      }),
      { seed: SEED, numRuns: RUNS },
    );
    // Both read documents and refused bodies were reached.
    for (const status of [200, 422])
      expect(statuses.get(status) ?? 0, `no ${status} in ${JSON.stringify([...statuses])}`).toBeGreaterThan(0);
    expect(await testDb.storedFile.count()).toBe(filesBefore);
    expect(await readdir(storageDir)).toEqual([]);
  });
});
