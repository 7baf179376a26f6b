// Validation of answers to a job's own questions, keyed by question id.
import { z } from "zod";
import type { JobQuestionForForm } from "./form-context";
import { TEXT_LIMITS } from "./limits";
import { blankToUndefined, requiredText, webUrl } from "./schema-fields";
import { ENGLISH_VALIDATION, type ValidationText } from "./validation-text";

const emptyToUndefined = (value: unknown) =>
  blankToUndefined(value) === undefined || (typeof value === "number" && Number.isNaN(value)) || value === null
    ? undefined
    : value;

function answerSchema(question: JobQuestionForForm, text: ValidationText): z.ZodType {
  const answerPrompt = text.answerQuestion(question.label);
  const optionIds = question.options.map((option) => option.id);
  const optionId = z.coerce
    .number({ error: text.plain("chooseListed") })
    .int()
    .refine((id) => optionIds.includes(id), { message: text.plain("chooseListed") });

  switch (question.type) {
    case "SHORT_TEXT":
      return requiredText("answer", TEXT_LIMITS.shortAnswer, {}, text);
    case "LONG_TEXT":
      return requiredText("answer", TEXT_LIMITS.longAnswer, { multiline: true }, text);
    case "URL":
      return webUrl("link", TEXT_LIMITS.url, text);
    case "NUMBER":
      return z.coerce
        .number({ error: text.plain("enterNumber") })
        .refine(Number.isFinite, { message: text.plain("enterNumber") })
        .min(-1_000_000_000, text.plain("smallerNumber"))
        .max(1_000_000_000, text.plain("smallerNumber"));
    case "YES_NO":
      return z.enum(["YES", "NO"], { error: answerPrompt });
    case "SINGLE_SELECT":
      return optionId;
    case "MULTI_SELECT":
      return z
        .array(optionId)
        .min(question.required ? 1 : 0, text.plain("chooseAtLeastOne"))
        .max(optionIds.length)
        .refine((ids) => new Set(ids).size === ids.length, { message: text.plain("chooseEachOnce") });
  }
}

export function buildJobAnswersSchema(questions: JobQuestionForForm[], text: ValidationText = ENGLISH_VALIDATION) {
  const shape: Record<string, z.ZodType> = {};
  for (const question of questions) {
    const base = answerSchema(question, text);
    // zod skips a missing key whose schema accepts undefined, so a required answer must be a
    // schema that rejects undefined itself (z.custom), not an optional one with a refinement.
    const present = z.custom((value) => value !== undefined && !(Array.isArray(value) && value.length === 0), {
      error: text.answerQuestion(question.label),
    });
    const withMessage = question.required
      ? z.preprocess(emptyToUndefined, present.pipe(base))
      : z.preprocess(emptyToUndefined, base.optional());
    shape[String(question.id)] = withMessage;
  }
  // Strict: an answer to a question this job does not have is an error, not silently dropped.
  // prefault (not default): a missing "answers" object is validated as {}, so required
  // questions cannot be skipped by leaving the whole object out.
  return z.strictObject(shape, { error: text.plain("unknownQuestion") }).prefault({});
}
