// Precision and recall of the resume pre-fill per field over the corpus (docs/resume-prefill.md).
import type { ContactSuggestions } from "@/lib/submissions/resume-prefill/extract-contact";
import type { ResumeTruth } from "@/tests/fixtures/resumes/corpus";

export const MEASURED_FIELDS = [
  "name",
  "email",
  "phone",
  "location",
  "linkedinUrl",
  "githubUrl",
  "websiteUrl",
] as const;
export type MeasuredField = (typeof MEASURED_FIELDS)[number];

const text = (value: string) =>
  value
    .normalize("NFC")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .replace(/\s*([,،])\s*/g, "$1 ")
    .trim();
const url = (value: string) =>
  text(value)
    .replace(/^https?:\/\//, "")
    .replace(/^www\./, "")
    .replace(/\/+$/, "");
// The number one would dial: the same digits whether written +49 or 0049.
const phone = (value: string) =>
  value
    .trim()
    .replace(/^00/, "+")
    .replace(/[^\d+]/g, "");

/** A field's comparable value, or undefined when absent. "name" is right only with both parts right. */
export function comparable(field: MeasuredField, values: ResumeTruth | ContactSuggestions): string | undefined {
  if (field === "name") {
    return values.firstName && values.lastName ? `${text(values.firstName)} / ${text(values.lastName)}` : undefined;
  }
  const value = values[field];
  if (!value) return undefined;
  if (field === "phone") return phone(value);
  if (field === "email" || field === "location") return text(value);
  return url(value);
}

export type FieldScore = { field: MeasuredField; inTruth: number; suggested: number; correct: number };

export type ResumeOutcome = { id: string; wrong: { field: MeasuredField; expected?: string; got?: string }[] };

export function scoreCorpus(runs: { id: string; truth: ResumeTruth; suggestions: ContactSuggestions }[]) {
  const scores = MEASURED_FIELDS.map((field): FieldScore => ({ field, inTruth: 0, suggested: 0, correct: 0 }));
  const outcomes: ResumeOutcome[] = [];
  for (const { id, truth, suggestions } of runs) {
    const wrong: ResumeOutcome["wrong"] = [];
    for (const score of scores) {
      const expected = comparable(score.field, truth);
      const got = comparable(score.field, suggestions);
      if (expected) score.inTruth += 1;
      if (got) score.suggested += 1;
      if (expected && got === expected) score.correct += 1;
      else if (expected || got) wrong.push({ field: score.field, expected, got });
    }
    outcomes.push({ id, wrong });
  }
  return { scores, outcomes };
}

const percent = (part: number, whole: number) => (whole === 0 ? "n/a" : `${((100 * part) / whole).toFixed(1)}%`);

/** The table docs/resume-prefill.md records between its corpus markers. */
export function scoreTable(scores: FieldScore[]): string {
  const rows = scores.map(
    ({ field, inTruth, suggested, correct }) =>
      `| ${field} | ${inTruth} | ${suggested} | ${correct} | ${percent(correct, suggested)} | ${percent(correct, inTruth)} |`,
  );
  return [
    "| Field | In the resumes | Suggested | Correct | Precision | Recall |",
    "| --- | --- | --- | --- | --- | --- |",
    ...rows,
  ].join("\n");
}

/** One line per resume with a miss or a wrong suggestion, for the doc's failure list. */
export function failureList(outcomes: ResumeOutcome[]): string {
  return outcomes
    .filter(({ wrong }) => wrong.length > 0)
    .map(
      ({ id, wrong }) =>
        `- \`${id}\`: ${wrong
          .map(({ field, expected, got }) =>
            got === undefined
              ? `${field} missed`
              : expected === undefined
                ? `${field} offered wrongly (\`${got}\`)`
                : `${field} wrong (\`${got}\`)`,
          )
          .join("; ")}`,
    )
    .join("\n");
}
