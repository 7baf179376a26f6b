import { describe, expect, it } from "vitest";
import { newLegalTextSchema, type NewLegalTextValues } from "./schema";

const DISABILITY_QUESTIONS = JSON.stringify([
  {
    key: "disability",
    prompt: "Do you have a disability?",
    options: [
      { value: "YES", label: "Yes" },
      { value: "NO", label: "No" },
      { value: "DECLINE", label: "I do not want to answer" },
    ],
  },
]);

const valid = (overrides: Partial<NewLegalTextValues> = {}): NewLegalTextValues => ({
  kind: "SELF_ID_DISABILITY",
  language: "en",
  version: "2",
  title: "Voluntary Self-Identification of Disability",
  bodyMarkdown: "Form CC-305",
  questionsJson: DISABILITY_QUESTIONS,
  ombNumber: "1250-0005",
  ombExpiresOn: "2029-04-30",
  effective: "now",
  effectiveOn: "",
  ...overrides,
});

const errorsOf = (values: NewLegalTextValues) => {
  const result = newLegalTextSchema.safeParse(values);
  return result.success
    ? {}
    : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), issue.message]));
};

describe("newLegalTextSchema", () => {
  it("reads a new disability form version, questions parsed and effective now", () => {
    expect(newLegalTextSchema.parse(valid({ version: " 2 " }))).toMatchObject({
      kind: "SELF_ID_DISABILITY",
      version: "2",
      ombNumber: "1250-0005",
      ombExpiresOn: "2029-04-30",
      effectiveOn: null,
      questions: [{ key: "disability", options: [{ value: "YES" }, { value: "NO" }, { value: "DECLINE" }] }],
    });
  });

  it("asks the official form for its OMB number and expiry, and drops them from other texts", () => {
    expect(errorsOf(valid({ ombNumber: "", ombExpiresOn: " " }))).toEqual({
      ombNumber: expect.any(String),
      ombExpiresOn: expect.any(String),
    });
    expect(errorsOf(valid({ ombNumber: "12500005" }))).toEqual({ ombNumber: "Write the OMB number as 1250-0005" });
    const other = newLegalTextSchema.parse(valid({ kind: "PRIVACY_NOTICE", questionsJson: "[]" }));
    expect(other).toMatchObject({ ombNumber: null, ombExpiresOn: null });
  });

  it("refuses questions that are not JSON or not the expected shape, without throwing", () => {
    expect(errorsOf(valid({ questionsJson: "{not json" }))).toEqual({
      questionsJson: "The questions are not valid JSON",
    });
    expect(
      errorsOf(valid({ questionsJson: '[{"key":"x","prompt":"P","options":[{"value":""}]}]' })).questionsJson,
    ).toMatch(/at 0\.options\.0/);
  });

  it("takes a scheduled day only when it is after today", () => {
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    const today = new Date().toISOString().slice(0, 10);
    expect(newLegalTextSchema.parse(valid({ effective: "scheduled", effectiveOn: tomorrow })).effectiveOn).toBe(
      tomorrow,
    );
    expect(errorsOf(valid({ effective: "scheduled", effectiveOn: today }))).toHaveProperty("effectiveOn");
    expect(errorsOf(valid({ effective: "scheduled", effectiveOn: "" }))).toHaveProperty("effectiveOn");
    // A day left in the field while "now" is chosen is ignored.
    expect(newLegalTextSchema.parse(valid({ effectiveOn: tomorrow })).effectiveOn).toBeNull();
  });

  it("refuses version labels that would read badly in a URL or a list", () => {
    expect(errorsOf(valid({ version: "v 2/1" }))).toHaveProperty("version");
  });
});
