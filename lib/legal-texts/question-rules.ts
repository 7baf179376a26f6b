// What a new version's questions must keep, per kind, so the answers stored for it still mean
// what code and reports expect. The wording (prompts, labels, body) is free to change.
import type { FormKind } from "@/lib/generated/prisma/enums";
import type { FormQuestion } from "@/lib/legal/form-content";
import { DECLINE_VALUE, HISPANIC_OR_LATINO_YES } from "./answer-values";

// One question each; answers are stored as the chosen option's value, any values allowed.
const SELF_ID_ANSWER_KINDS: FormKind[] = ["SELF_ID_GENDER", "SELF_ID_RACE", "SELF_ID_VETERAN", "SELF_ID_DISABILITY"];
const ETHNICITY_VALUES = [HISPANIC_OR_LATINO_YES, "NO", DECLINE_VALUE];

/**
 * Problems with `questions` for a new version of `kind`, in words an admin can act on; empty
 * when it may be saved. `previous` is the latest existing version's questions, if any.
 */
export function questionProblems(kind: FormKind, questions: FormQuestion[], previous: FormQuestion[] | null): string[] {
  const problems = duplicateProblems(questions);
  if (kind === "SELF_ID_ETHNICITY" || SELF_ID_ANSWER_KINDS.includes(kind)) {
    if (questions.length !== 1) return [...problems, "A self-identification text asks exactly one question."];
    const values = questions[0]!.options.map((option) => option.value);
    if (!values.includes(DECLINE_VALUE))
      problems.push(`Every self-identification question offers a decline option with the value ${DECLINE_VALUE}.`);
    if (kind === "SELF_ID_ETHNICITY" && !sameSet(values, ETHNICITY_VALUES)) {
      problems.push(
        `The Hispanic or Latino question keeps the values ${ETHNICITY_VALUES.join(", ")}: the EEO report counts by them.`,
      );
    }
    return problems;
  }
  // The other texts' answers are stored in fixed columns: same questions and values as before.
  if (!previous) return problems;
  const keys = (list: FormQuestion[]) => list.map((question) => question.key);
  if (!sameSet(keys(questions), keys(previous))) {
    return [
      ...problems,
      `Keep the same question keys as the current version (${keys(previous).join(", ") || "none"}); only the wording may change.`,
    ];
  }
  for (const question of previous) {
    const next = questions.find((candidate) => candidate.key === question.key)!;
    const was = question.options.map((option) => option.value);
    if (
      !sameSet(
        next.options.map((option) => option.value),
        was,
      )
    ) {
      problems.push(
        `Question “${question.key}” keeps the option values ${was.join(", ") || "(none)"}; only their labels may change.`,
      );
    }
  }
  return problems;
}

/**
 * Problems with a translation's questions: it asks what the English version in force asks, with
 * the same keys and option values (in any order), so only prompts and labels differ.
 */
export function translationProblems(questions: FormQuestion[], english: FormQuestion[]): string[] {
  const problems = duplicateProblems(questions);
  const keys = (list: FormQuestion[]) => list.map((question) => question.key);
  if (!sameSet(keys(questions), keys(english))) {
    return [
      ...problems,
      `A translation keeps the English version's question keys (${keys(english).join(", ") || "none"}); only the wording changes.`,
    ];
  }
  for (const question of english) {
    const translated = questions.find((candidate) => candidate.key === question.key)!;
    const values = question.options.map((option) => option.value);
    if (
      !sameSet(
        translated.options.map((option) => option.value),
        values,
      )
    ) {
      problems.push(
        `Question “${question.key}” keeps the English option values ${values.join(", ") || "(none)"}; only their labels are translated.`,
      );
    }
  }
  return problems;
}

function duplicateProblems(questions: FormQuestion[]): string[] {
  const problems: string[] = [];
  const keys = questions.map((question) => question.key);
  if (new Set(keys).size !== keys.length) problems.push("Two questions have the same key.");
  for (const question of questions) {
    const values = question.options.map((option) => option.value);
    if (new Set(values).size !== values.length)
      problems.push(`Question “${question.key}” has two options with the same value.`);
  }
  return problems;
}

const sameSet = (a: string[], b: string[]) => a.length === b.length && new Set(a).size === new Set([...a, ...b]).size;
