// Applying in the second language (decision 0041): the server validates with the same schema in
// the form's language and records the language on the application.
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { applyToJob } from "@/lib/submissions/apply-to-job";
import { loadApplicationFormContext } from "@/lib/submissions/load-form-context";
import { createJob, ensureLegalForms, type CreatedJob } from "../factories";
import { validApplicationPayload } from "../support/application-payload";
import { expectAppError } from "../support/app-error";
import { testDb } from "../support/db";

process.env.STORAGE_DIR = await mkdtemp(path.join(tmpdir(), "trellis-apply-de-"));

let job: CreatedJob;
beforeAll(async () => {
  await ensureLegalForms(testDb);
  job = await createJob(testDb, {});
});

describe("applying in German", () => {
  it("answers a refused application in the form's language, English by default", async () => {
    const payload = {
      ...validApplicationPayload(await loadApplicationFormContext({ id: job.id }, { language: "de" })),
    };
    const incomplete = { ...payload, firstName: "", email: "not an address" };

    const german = await expectAppError(
      applyToJob({ job: { id: job.id }, payload: incomplete, source: "CAREERS_SITE", locale: "de" }),
      "VALIDATION",
    );
    expect(german.fieldErrors?.firstName).toEqual(["Vorname: Bitte ausfüllen"]);
    expect(german.fieldErrors?.email).toEqual(["Bitte geben Sie eine E-Mail-Adresse wie name@example.com an"]);

    const english = await expectAppError(
      applyToJob({ job: { id: job.id }, payload: incomplete, source: "CAREERS_SITE" }),
      "VALIDATION",
    );
    expect(english.fieldErrors?.firstName).toEqual(["Enter your first name"]);
  });

  it("records the language the candidate applied in", async () => {
    const german = await applyToJob({
      job: { id: job.id },
      payload: validApplicationPayload(await loadApplicationFormContext({ id: job.id }, { language: "de" })),
      source: "CAREERS_SITE",
      locale: "de",
    });
    const english = await applyToJob({
      job: { id: job.id },
      payload: validApplicationPayload(await loadApplicationFormContext({ id: job.id })),
      source: "CAREERS_SITE",
    });
    const stored = await testDb.application.findMany({
      where: { id: { in: [german.applicationId, english.applicationId] } },
      select: { id: true, locale: true },
    });
    expect(Object.fromEntries(stored.map((row) => [row.id, row.locale]))).toEqual({
      [german.applicationId]: "de",
      [english.applicationId]: "en",
    });
  });
});
