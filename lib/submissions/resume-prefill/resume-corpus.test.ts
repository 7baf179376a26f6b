// Measures the pre-fill on the resume corpus, through the real documents and the real text
// reader, and checks that docs/resume-prefill.md records exactly what this run computes.
// UPDATE_RESUME_PREFILL_DOC=1 writes the measured table and failure list into the doc instead.
import { readFile, writeFile } from "node:fs/promises";
import { format, resolveConfig } from "prettier";
import { describe, expect, it } from "vitest";
import { RESUME_CORPUS } from "@/tests/fixtures/resumes/corpus";
import { resumeDocument } from "@/tests/support/resume-documents";
import { failureList, scoreCorpus, scoreTable } from "@/tests/support/resume-prefill-score";
import { suggestContactFromResume } from "./suggest-contact";

const DOC = new URL("../../../docs/resume-prefill.md", import.meta.url);
const section = (name: string, body: string) => `<!-- ${name}:start -->\n${body}\n<!-- ${name}:end -->`;
const sectionPattern = (name: string) => new RegExp(`<!-- ${name}:start -->[\\s\\S]*?<!-- ${name}:end -->`);

describe("the resume corpus", () => {
  it("has at least 30 resumes in PDF and DOCX, one and two columns", () => {
    expect(RESUME_CORPUS.length).toBeGreaterThanOrEqual(30);
    expect(new Set(RESUME_CORPUS.map((resume) => resume.format))).toEqual(new Set(["pdf", "docx"]));
    expect(new Set(RESUME_CORPUS.map((resume) => resume.layout.kind)).size).toBe(3);
    expect(new Set(RESUME_CORPUS.map((resume) => resume.id)).size).toBe(RESUME_CORPUS.length);
  });

  it("is measured as docs/resume-prefill.md records", { timeout: 120_000 }, async () => {
    const runs = [];
    for (const resume of RESUME_CORPUS) {
      const { suggestions } = await suggestContactFromResume(await resumeDocument(resume));
      runs.push({ id: resume.id, truth: resume.truth, suggestions });
    }
    const { scores, outcomes } = scoreCorpus(runs);
    const table = section("corpus-table", scoreTable(scores));
    const failures = section("corpus-failures", failureList(outcomes));
    const doc = await readFile(DOC, "utf8");
    // Prettier formats the docs (it aligns the table): the expected doc is formatted the same way.
    const measured = await format(
      doc.replace(sectionPattern("corpus-table"), table).replace(sectionPattern("corpus-failures"), failures),
      { ...(await resolveConfig(DOC.pathname)), parser: "markdown" },
    );
    if (process.env.UPDATE_RESUME_PREFILL_DOC === "1") await writeFile(DOC, measured);
    else expect(doc).toBe(measured);
  });
});
