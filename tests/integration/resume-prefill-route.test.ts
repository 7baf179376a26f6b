// The application form's resume reading: real documents through the route handler, nothing
// stored, hostile or wrong files refused with a clear 422, and the per-address limit.
import { mkdtemp, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { RATE_LIMITS } from "@/lib/rate-limit/limits";
import { RESUME_CORPUS } from "../fixtures/resumes/corpus";
import { randomClientAddress, TEST_APP_ORIGIN } from "../support/careers-apply";
import { disguisedExecutable } from "../support/documents";
import { docxZipBombWithLyingSizes, pdfWithContentBomb } from "../support/hostile-documents";
import { resumeDocument } from "../support/resume-documents";
import { testDb } from "../support/db";

const storageDir = await mkdtemp(path.join(tmpdir(), "trellis-resume-prefill-"));
process.env.STORAGE_DIR = storageDir;
const { POST } = await import("@/app/api/resume-prefill/route");

function postResume(
  file: File | undefined,
  { address = randomClientAddress(), origin = TEST_APP_ORIGIN, language = "en" } = {},
) {
  const form = new FormData();
  if (file) form.set("resume", file);
  return POST(
    new Request(`${TEST_APP_ORIGIN}/api/resume-prefill`, {
      method: "POST",
      body: form,
      // The form sends its language, as resume-suggestions.tsx does.
      headers: { "x-forwarded-for": address, origin, "accept-language": language },
    }),
  );
}

describe("POST /api/resume-prefill", () => {
  it("answers a PDF and a DOCX with the suggestions read from them and stores nothing", async () => {
    const filesBefore = await testDb.storedFile.count();
    const pdf = RESUME_CORPUS.find((resume) => resume.id === "01-classic-us-pdf")!;
    const response = await postResume(await resumeDocument(pdf));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true, textFound: true, suggestions: pdf.truth });

    const docx = RESUME_CORPUS.find((resume) => resume.id === "09-chinese-labelled-docx")!;
    const docxResponse = await postResume(await resumeDocument(docx));
    expect(await docxResponse.json()).toMatchObject({ ok: true, suggestions: { email: "wangwei@163.com" } });

    expect(await testDb.storedFile.count()).toBe(filesBefore);
    expect(await readdir(storageDir)).toEqual([]);
  });

  it("refuses a file that is not a document, or that cannot be read, with a 422 naming the resume", async () => {
    const warn = console.warn;
    console.warn = () => undefined;
    try {
      const hostile = [
        disguisedExecutable(),
        new File([docxZipBombWithLyingSizes(64 * 1024 * 1024) as BlobPart], "bomb.docx"),
        new File([new TextEncoder().encode("%PDF-1.4\nnot really")], "broken.pdf"),
      ];
      for (const file of hostile) {
        const response = await postResume(file);
        const body = await response.json();
        expect([response.status, file.name]).toEqual([422, file.name]);
        expect(body.fieldErrors.resume?.[0]).toMatch(/resume/i);
      }
      expect((await postResume(undefined)).status).toBe(422);
      // A PDF whose content inflates to 64 MB is read within the sandbox's bounds: nothing to offer.
      const inflating = await postResume(new File([pdfWithContentBomb(64 * 1024 * 1024) as BlobPart], "bomb.pdf"));
      expect(inflating.status).toBe(200);
      expect((await inflating.json()).suggestions).toEqual({});
    } finally {
      console.warn = warn;
    }
    expect(await readdir(storageDir)).toEqual([]);
  });

  it("says its refusals in the German form's language", async () => {
    const warn = console.warn;
    console.warn = () => undefined;
    try {
      const notADocument = await (await postResume(disguisedExecutable(), { language: "de" })).json();
      expect(notADocument.message).toBe("Bitte prüfen Sie den Lebenslauf");
      expect(notADocument.fieldErrors.resume).toEqual([
        "Der Lebenslauf ist kein lesbares PDF- oder Word-Dokument (.docx)",
      ]);
      const unreadable = await postResume(new File([new TextEncoder().encode("%PDF-1.4\nnot really")], "broken.pdf"), {
        language: "de",
      });
      expect((await unreadable.json()).message).toBe("Wir konnten diesen Lebenslauf nicht lesen");
      expect((await (await postResume(undefined, { language: "de" })).json()).fieldErrors.resume).toEqual([
        "Bitte wählen Sie einen Lebenslauf aus",
      ]);
    } finally {
      console.warn = warn;
    }
  });

  it("refuses another site's request", async () => {
    const response = await postResume(undefined, { origin: "https://evil.example" });
    expect(response.status).toBe(403);
  });

  it("counts reads per address and answers 429 with Retry-After past the limit", async () => {
    const address = randomClientAddress();
    const limit = Number(process.env.RATE_LIMIT_APPLY_PER_HOUR ?? RATE_LIMITS["resume-prefill"].points);
    for (let index = 0; index < limit; index += 1) expect((await postResume(undefined, { address })).status).toBe(422);
    const refused = await postResume(undefined, { address });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await refused.json()).message).toMatch(
      /^We read many resumes from your network in a short time\. .* in \d+ (minutes?|hours)\.$/,
    );
    const german = await postResume(undefined, { address, language: "de" });
    expect((await german.json()).message).toMatch(/^Wir haben in kurzer Zeit viele Lebensläufe .* erneut\.$/);
    expect((await postResume(undefined, { address: randomClientAddress() })).status).toBe(422);
  });
});
