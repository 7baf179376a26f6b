// Issue 15, a second language (decision 0042): a job says the language it is written in (editor,
// posting data, JSON-LD, the aggregator feed), and legal texts come in versions per language, the
// form showing its locale's version or the English one, and the answer recording the one shown.
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildIndeedFeed } from "@/lib/jobs/indeed-feed";
import { jobFormSchema } from "@/lib/jobs/job-form-schema";
import { buildJobPostingJsonLd } from "@/lib/jobs/job-posting-json-ld";
import { getJobPostingBySlug, listFeedJobs } from "@/lib/jobs/public-queries";
import { createLegalTextVersion } from "@/lib/legal-texts/create-legal-text-version";
import { listLegalTexts } from "@/lib/legal-texts/list-legal-texts";
import { newLegalTextSchema, type NewLegalTextValues } from "@/lib/legal-texts/schema";
import { getCurrentFormVersions } from "@/lib/legal/current-form-versions";
import { currentLegalVersionIds } from "@/lib/submissions/form-context";
import { loadApplicationFormContext } from "@/lib/submissions/load-form-context";
import { actorFor, createJob, createStaffUser, ensureLegalForms, uniqueSuffix } from "../factories";
import { expectAppError } from "../support/app-error";
import { testDb } from "../support/db";
import { useJobEditor } from "../support/job-editor";

process.env.STORAGE_DIR = await mkdtemp(path.join(tmpdir(), "trellis-second-language-"));

const tag = uniqueSuffix();
const editor = useJobEditor();

beforeAll(async () => {
  await ensureLegalForms(testDb);
});

afterAll(async () => {
  // This file's German versions end the seed's German ones: put those back in force.
  await testDb.formVersion.deleteMany({ where: { version: { startsWith: `de-${tag}` } } });
  await testDb.formVersion.updateMany({ where: { language: "de", version: "1" }, data: { effectiveTo: null } });
});

describe("a job written in German", () => {
  it("is chosen in the job editor and said by the posting data, its JSON-LD and the feed", async () => {
    const job = await editor.newJob();
    expect(job.values.language).toBe("en");
    await editor.save(job.id, { ...job.values, language: "de", title: `Laufzeit-Ingenieurin ${tag}` });
    expect((await editor.editing(job.id)).values.language).toBe("de");
    await testDb.job.update({ where: { id: job.id }, data: { status: "PUBLISHED", publishedAt: new Date() } });

    const posting = (await getJobPostingBySlug(job.values.slug))!;
    expect(posting.language).toBe("de");
    const jsonLd = buildJobPostingJsonLd({ job: posting, descriptionHtml: "<p>x</p>", url: "https://x.example/" });
    expect(jsonLd.inLanguage).toBe("de");

    const xml = buildIndeedFeed({
      publisher: null,
      jobs: await listFeedJobs(),
      appUrl: "https://jobs.example.com",
      builtAt: new Date(),
    });
    expect(XMLValidator.validate(xml)).toBe(true);
    const jobs: Record<string, string>[] = new XMLParser({
      parseTagValue: false,
      isArray: (name) => name === "job",
    }).parse(xml).source.job;
    expect(jobs.find((entry) => entry.referencenumber === String(job.id))).toMatchObject({
      title: `Laufzeit-Ingenieurin ${tag}`,
      language: "de",
    });
  });

  it("refuses a language the careers site does not speak", async () => {
    const job = await editor.newJob();
    const parsed = jobFormSchema.safeParse({ ...job.values, language: "fr" });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.path.join("."))).toEqual(["language"]);
  });
});

describe("legal texts per language", () => {
  it("shows a German form the German versions, the English disability form where none exists, and posts their ids", async () => {
    const job = await createJob(testDb);
    const german = await loadApplicationFormContext({ id: job.id }, { language: "de" });
    expect(german.legal.privacyNotice).toMatchObject({ language: "de", title: expect.stringMatching(/Datenschutz/) });
    expect(german.legal.exportControl.language).toBe("de");
    // CC-305 has no German version: the English one, which the form says it fell back to.
    expect(german.selfId?.forms.disability?.language).toBe("en");
    expect(german.selfId?.forms.gender?.language).toBe("de");
    const english = await loadApplicationFormContext({ id: job.id });
    expect(english.legal.privacyNotice.language).toBe("en");
    expect(english.legal.privacyNotice.id).not.toBe(german.legal.privacyNotice.id);

    // What an answer records is the version shown: the ids the German form posts are the German ones.
    const shownIds = currentLegalVersionIds(german);
    const languages = await testDb.formVersion.findMany({
      where: { id: { in: [shownIds.privacyNotice, shownIds.workAuthorization, shownIds.exportControl] } },
      select: { language: true },
    });
    expect(languages.map((row) => row.language)).toEqual(["de", "de", "de"]);
  });

  it("lets admins publish a German version beside the English one, keeping the English one in force", async () => {
    const admin = actorFor(await createStaffUser(testDb, { role: "ADMIN" }));
    const englishBefore = (await getCurrentFormVersions(["WORK_AUTHORIZATION"])).get("WORK_AUTHORIZATION")!;
    const values = (overrides: Partial<NewLegalTextValues>): NewLegalTextValues => ({
      kind: "WORK_AUTHORIZATION",
      language: "de",
      version: `de-${tag}-${uniqueSuffix()}`,
      title: "Arbeitserlaubnis (neu)",
      bodyMarkdown: "Diese Fragen stellen wir allen.",
      questionsJson: JSON.stringify(
        englishBefore.questions.map((question) => ({
          ...question,
          prompt: `${question.key}?`,
          options: question.options.map((option) => ({ ...option, label: option.value === "YES" ? "Ja" : "Nein" })),
        })),
      ),
      ombNumber: "",
      ombExpiresOn: "",
      effective: "now",
      effectiveOn: "",
      ...overrides,
    });
    const { id } = await createLegalTextVersion({ actor: admin, input: newLegalTextSchema.parse(values({})) });
    expect(
      (await getCurrentFormVersions(["WORK_AUTHORIZATION"], { language: "de" })).get("WORK_AUTHORIZATION")?.id,
    ).toBe(id);
    expect((await getCurrentFormVersions(["WORK_AUTHORIZATION"])).get("WORK_AUTHORIZATION")?.id).toBe(englishBefore.id);
    const group = (await listLegalTexts({ actor: admin })).find((entry) => entry.kind === "WORK_AUTHORIZATION")!;
    const current = group.versions.filter((version) => version.status === "current");
    expect(current.map((version) => version.language).sort()).toEqual(["de", "en"]);

    // A translation asks what the English text asks: other option values are refused.
    const changed = values({
      questionsJson: JSON.stringify(
        englishBefore.questions.map((question) => ({
          ...question,
          options: question.options.map((option) => ({ value: `${option.value}_DE`, label: option.label })),
        })),
      ),
    });
    const refused = await expectAppError(
      createLegalTextVersion({ actor: admin, input: newLegalTextSchema.parse(changed) }),
      "VALIDATION",
    );
    expect(refused.fieldErrors?.questionsJson).toEqual([
      expect.stringMatching(/authorizedToWork.*English option values/),
      expect.stringMatching(/requiresSponsorship.*English option values/),
    ]);
  });
});
