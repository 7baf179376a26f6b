import { describe, expect, it } from "vitest";
import type { FormQuestion } from "@/lib/legal/form-content";
import { questionProblems, translationProblems } from "./question-rules";

const question = (key: string, ...values: string[]): FormQuestion => ({
  key,
  prompt: key,
  options: values.map((value) => ({ value, label: `Label ${value}` })),
});

describe("questionProblems", () => {
  it("lets a self-identification question change its options as long as it keeps a decline", () => {
    expect(
      questionProblems(
        "SELF_ID_GENDER",
        [question("gender", "WOMAN", "MAN", "DECLINE")],
        [question("gender", "MALE", "FEMALE", "DECLINE")],
      ),
    ).toEqual([]);
    expect(questionProblems("SELF_ID_DISABILITY", [question("disability", "YES", "NO")], null)).toEqual([
      expect.stringMatching(/decline option/),
    ]);
    expect(questionProblems("SELF_ID_VETERAN", [question("a", "DECLINE"), question("b", "DECLINE")], null)).toEqual([
      expect.stringMatching(/exactly one question/),
    ]);
  });

  it("keeps the Hispanic or Latino question's values, which the report counts by", () => {
    expect(questionProblems("SELF_ID_ETHNICITY", [question("h", "NO", "YES", "DECLINE")], null)).toEqual([]);
    expect(questionProblems("SELF_ID_ETHNICITY", [question("h", "SI", "NO", "DECLINE")], null)).toEqual([
      expect.stringMatching(/YES, NO, DECLINE/),
    ]);
  });

  it("keeps the keys and values of texts whose answers have fixed columns; labels may change", () => {
    const before = [question("authorizedToWork", "YES", "NO"), question("requiresSponsorship", "YES", "NO")];
    expect(
      questionProblems(
        "WORK_AUTHORIZATION",
        [question("requiresSponsorship", "NO", "YES"), question("authorizedToWork", "YES", "NO")],
        before,
      ),
    ).toEqual([]);
    expect(questionProblems("WORK_AUTHORIZATION", [question("authorizedToWork", "YES", "NO")], before)).toEqual([
      expect.stringMatching(/same question keys/),
    ]);
    expect(
      questionProblems("WORK_AUTHORIZATION", [question("authorizedToWork", "YES", "NO", "MAYBE"), before[1]!], before),
    ).toEqual([expect.stringMatching(/authorizedToWork.*YES, NO/)]);
  });

  it("refuses duplicate keys and duplicate option values", () => {
    expect(questionProblems("PRIVACY_NOTICE", [question("a", "X", "X")], null)).toEqual([
      expect.stringMatching(/same value/),
    ]);
    expect(questionProblems("PRIVACY_NOTICE", [question("a"), question("a")], null)).toEqual([
      expect.stringMatching(/same key/),
    ]);
  });

  it("lets a translation change prompts and labels only: the English keys and values stay", () => {
    const english = [question("authorizedToWork", "YES", "NO"), question("requiresSponsorship", "YES", "NO")];
    const german = english.map((entry) => ({
      ...entry,
      prompt: `${entry.key} (de)`,
      options: entry.options.map((option) => ({ ...option, label: option.value === "YES" ? "Ja" : "Nein" })),
    }));
    expect(translationProblems(german, english)).toEqual([]);
    expect(translationProblems([german[0]!], english)).toEqual([expect.stringMatching(/question keys/)]);
    expect(translationProblems([question("authorizedToWork", "JA", "NEIN"), german[1]!], english)).toEqual([
      expect.stringMatching(/authorizedToWork.*YES, NO/),
    ]);
  });
});
