// The one schema of the "new legal text version" form: the form (zodResolver) and the server
// action both use it. Checks that need the database (questions against the current version,
// a version already scheduled, a taken version label) run in create-legal-text-version.ts.
import { z } from "zod";
import { isoDay } from "@/lib/format/dates";
import { LOCALES } from "@/i18n/locales";
import { FormKind } from "@/lib/generated/prisma/enums";
import { formQuestionsSchema, type FormQuestion } from "@/lib/legal/form-content";
import { isStorableText, storableTextCheck } from "@/lib/validations/storable-text";
import { OMB_FORM_KIND } from "./labels";

export const LEGAL_TEXT_LIMITS = { version: 40, title: 200, bodyMarkdown: 50_000, questionsJson: 50_000 } as const;

const trimmed = (label: string, max: number) =>
  z
    .string({ error: `Enter ${label}` })
    .trim()
    .min(1, `Enter ${label}`)
    .max(max, `Keep ${label} under ${max.toLocaleString("en-US")} characters`)
    .refine(...storableTextCheck({ multiline: true }));

const optional = (schema: z.ZodType<string>) =>
  z.preprocess((value) => (typeof value === "string" && value.trim() === "" ? undefined : value), schema.optional());

/** The questions as JSON text, parsed and checked against the FormVersion.questions shape. */
export function parseQuestionsJson(
  text: string,
): { ok: true; questions: FormQuestion[] } | { ok: false; message: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, message: "The questions are not valid JSON" };
  }
  const parsed = formQuestionsSchema.safeParse(value);
  // JSON can spell a NUL ("\u0000"), which the jsonb column refuses. Checked here, on the way in,
  // not in formQuestionsSchema, which also reads the versions already stored.
  if (parsed.success && !parsed.data.every(isStorableQuestion))
    return { ok: false, message: "The questions contain characters we cannot store" };
  if (parsed.success) return { ok: true, questions: parsed.data };
  const issue = parsed.error.issues[0]!;
  const where = issue.path.length > 0 ? ` (at ${issue.path.join(".")})` : "";
  return { ok: false, message: `The questions need a list of { key, prompt, options: [{ value, label }] }${where}` };
}

function isStorableQuestion(question: FormQuestion): boolean {
  const texts = [question.key, question.prompt, ...question.options.flatMap((option) => [option.value, option.label])];
  return texts.every((text) => isStorableText(text, { multiline: true }));
}

export const newLegalTextSchema = z
  .object({
    kind: z.enum(FormKind, { error: "Choose which text this is" }),
    // Each language has its own versions; a translation follows the English text (decision 0042).
    language: z.enum(LOCALES, { error: "Choose the language of this version" }),
    version: trimmed("a version label", LEGAL_TEXT_LIMITS.version).regex(
      /^[A-Za-z0-9][A-Za-z0-9._-]*$/,
      "Use letters, digits, dots, dashes or underscores, e.g. 2 or 2026-05",
    ),
    title: trimmed("a title", LEGAL_TEXT_LIMITS.title),
    bodyMarkdown: trimmed("the text", LEGAL_TEXT_LIMITS.bodyMarkdown),
    questionsJson: z.string().max(LEGAL_TEXT_LIMITS.questionsJson, "The questions are too long"),
    ombNumber: optional(
      z
        .string()
        .trim()
        .regex(/^\d{4}-\d{4}$/, "Write the OMB number as 1250-0005"),
    ),
    ombExpiresOn: optional(z.iso.date({ error: "Enter the expiry date as YYYY-MM-DD" })),
    effective: z.enum(["now", "scheduled"], { error: "Choose when this version takes effect" }),
    effectiveOn: optional(z.iso.date({ error: "Enter the date as YYYY-MM-DD" })),
  })
  .superRefine((value, context) => {
    const questions = parseQuestionsJson(value.questionsJson);
    if (!questions.ok) context.addIssue({ code: "custom", path: ["questionsJson"], message: questions.message });
    if (value.kind === OMB_FORM_KIND) {
      if (!value.ombNumber)
        context.addIssue({ code: "custom", path: ["ombNumber"], message: "The official form needs its OMB number" });
      if (!value.ombExpiresOn)
        context.addIssue({
          code: "custom",
          path: ["ombExpiresOn"],
          message: "The official form needs its expiry date",
        });
    }
    if (value.effective === "scheduled" && (!value.effectiveOn || value.effectiveOn <= isoDay(new Date()))) {
      context.addIssue({
        code: "custom",
        path: ["effectiveOn"],
        message: "Choose a day after today, or make it take effect now",
      });
    }
  })
  .transform(({ questionsJson, effective, effectiveOn, ombNumber, ombExpiresOn, ...rest }) => ({
    ...rest,
    questions: (parseQuestionsJson(questionsJson) as { ok: true; questions: FormQuestion[] }).questions,
    // Only the official form carries an OMB number and expiry.
    ombNumber: rest.kind === OMB_FORM_KIND ? (ombNumber ?? null) : null,
    ombExpiresOn: rest.kind === OMB_FORM_KIND ? (ombExpiresOn ?? null) : null,
    /** UTC midnight of that day; null: the moment it is saved. */
    effectiveOn: effective === "scheduled" ? (effectiveOn ?? null) : null,
  }));

export type NewLegalTextValues = z.input<typeof newLegalTextSchema>;
export type NewLegalTextInput = z.output<typeof newLegalTextSchema>;
