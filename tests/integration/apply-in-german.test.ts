// Applying in the second language (decision 0041): the server validates with the same schema in
// the form's language and records the language on the application.
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { applyToJob } from "@/lib/submissions/apply-to-job";
import { MAX_APPLICATION_BODY_BYTES } from "@/lib/http/read-multipart";
import { RATE_LIMITS } from "@/lib/rate-limit/limits";
import { loadApplicationFormContext } from "@/lib/submissions/load-form-context";
import { createJob, ensureLegalForms, type CreatedJob } from "../factories";
import { validApplicationPayload } from "../support/application-payload";
import { expectAppError } from "../support/app-error";
import { postCareersBody, randomClientAddress } from "../support/careers-apply";
import { testDb } from "../support/db";
import { disguisedExecutable } from "../support/documents";

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

// The form posts with Accept-Language set to its language (send-application.ts).
async function postInGerman(slug: string, payload: Record<string, unknown>, address = randomClientAddress()) {
  const { resume, ...answers } = payload;
  const form = new FormData();
  form.set("payload", JSON.stringify(answers));
  form.set("locale", "de");
  if (resume instanceof File) form.set("resume", resume);
  const response = await postCareersBody(slug, form, { address, headers: { "accept-language": "de" } });
  const body = (await response.json()) as { code: string; message: string; fieldErrors: Record<string, string[]> };
  return { status: response.status, retryAfter: response.headers.get("retry-after"), ...body };
}

describe("the careers apply route, for a form in German", () => {
  const germanPayload = async (overrides: Record<string, unknown> = {}) =>
    validApplicationPayload(await loadApplicationFormContext({ id: job.id }, { language: "de" }), overrides);

  it("refuses a closed job in German", async () => {
    const closed = await createJob(testDb, { status: "CLOSED", publishedDaysAgo: 40 });
    const refused = await postInGerman(closed.slug, await germanPayload());
    expect(refused).toMatchObject({
      status: 410,
      code: "JOB_CLOSED",
      message: "Diese Stelle ist nicht mehr ausgeschrieben und nimmt keine Bewerbungen mehr an.",
    });
  });

  it("refuses a form whose legal wording changed meanwhile in German", async () => {
    const outdated = await germanPayload();
    (outdated.legalVersions as Record<string, string>).exportControl = "an-old-version";
    const refused = await postInGerman(job.slug, outdated);
    expect(refused).toMatchObject({ status: 409, code: "FORM_OUTDATED" });
    expect(refused.message).toMatch(/^Einige Texte dieses Formulars wurden geändert, seit Sie es geöffnet haben\./);
  });

  it("refuses a document it cannot read in German, on the document's field", async () => {
    const refused = await postInGerman(job.slug, await germanPayload({ resume: disguisedExecutable() }));
    expect(refused).toMatchObject({ status: 422, code: "VALIDATION", message: "Bitte prüfen Sie den Lebenslauf" });
    expect(refused.fieldErrors.resume).toEqual(["Der Lebenslauf ist kein lesbares PDF- oder Word-Dokument (.docx)"]);
  });

  it("says the answers to check in German, with the schema's German field errors", async () => {
    const refused = await postInGerman(job.slug, await germanPayload({ firstName: "" }));
    expect(refused).toMatchObject({ status: 422, message: "Bitte prüfen Sie die markierten Angaben." });
    expect(refused.fieldErrors.firstName).toEqual(["Vorname: Bitte ausfüllen"]);
  });

  it("refuses an upload over the limit in German, on the resume field", async () => {
    const huge = new File([new Uint8Array(MAX_APPLICATION_BODY_BYTES + 1024 * 1024)], "resume.pdf");
    const refused = await postInGerman(job.slug, { resume: huge });
    expect(refused).toMatchObject({
      status: 413,
      code: "TOO_LARGE",
      message: "Die Dateien sind zu groß: Jedes Dokument darf höchstens 10 MB groß sein.",
      fieldErrors: { resume: ["Jedes Dokument darf höchstens 10 MB groß sein"] },
    });
  });

  it("refuses past the rate limit in German, with Retry-After, before reading the application", async () => {
    const address = randomClientAddress();
    for (let index = 0; index < RATE_LIMITS.apply.points; index += 1) {
      expect((await postInGerman(job.slug, { firstName: "" }, address)).status).toBe(422);
    }
    const refused = await postInGerman(job.slug, await germanPayload(), address);
    expect(refused).toMatchObject({ status: 429, code: "RATE_LIMITED" });
    expect(Number(refused.retryAfter)).toBeGreaterThan(60);
    expect(refused.message).toMatch(
      /^Wir haben in kurzer Zeit viele Bewerbungen aus Ihrem Netzwerk erhalten\. .* Bitte senden Sie sie in \d+ Minuten erneut\.$/,
    );
  });
});
