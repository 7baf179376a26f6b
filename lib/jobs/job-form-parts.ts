// Building blocks of lib/jobs/job-form-schema.ts: limits, text fields, questions and stages.
import { z } from "zod";
import { knockoutRuleSchema } from "@/lib/submissions/knockout";
import { QuestionType, StageKind } from "@/lib/generated/prisma/enums";
import { storableTextCheck } from "@/lib/validations/storable-text";

export const JOB_LIMITS = {
  title: 150,
  slug: 100,
  summary: 500,
  departmentName: 100,
  heading: 150,
  sectionBody: 20_000,
  sections: 30,
  questions: 50,
  questionLabel: 300,
  questionDescription: 1_000,
  options: 50,
  optionLabel: 200,
  stages: 20,
  stageName: 60,
  attributes: 20,
  attributeName: 120,
  attributeDescription: 500,
  hiringTeam: 50,
} as const;

export function requiredText(label: string, max: number) {
  return z
    .string({ error: `Enter ${label}` })
    .trim()
    .min(1, `Enter ${label}`)
    .max(max, `Keep ${label} to ${max} characters or fewer`)
    .refine(...storableTextCheck({ multiline: true }));
}

/** Blank becomes null, so the database stores "no heading" rather than "". */
export function optionalText(label: string, max: number) {
  return z
    .string()
    .trim()
    .max(max, `Keep ${label} to ${max} characters or fewer`)
    .refine(...storableTextCheck({ multiline: true }))
    .transform((value) => (value === "" ? null : value));
}

const SELECT_TYPES: readonly QuestionType[] = ["SINGLE_SELECT", "MULTI_SELECT"];
export const isSelectType = (type: QuestionType) => SELECT_TYPES.includes(type);

const YES_NO_VALUES = ["YES", "NO"];

const optionSchema = z.object({
  optionId: z.number().int().positive().optional(),
  label: requiredText("the option", JOB_LIMITS.optionLabel),
});

export const questionSchema = z
  .object({
    // Set for a question that already exists: answers point at it, so it is updated in place.
    questionId: z.number().int().positive().optional(),
    type: z.enum(QuestionType, { error: "Choose a question type" }),
    label: requiredText("the question", JOB_LIMITS.questionLabel),
    description: optionalText("the description", JOB_LIMITS.questionDescription),
    required: z.boolean(),
    options: z.array(optionSchema).max(JOB_LIMITS.options, `Offer at most ${JOB_LIMITS.options} options`),
    knockout: knockoutRuleSchema.nullable(),
  })
  .superRefine((question, ctx) => {
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: "custom", path, message });
    const isSelect = isSelectType(question.type);
    const labels = question.options.map((option) => option.label.trim());

    if (isSelect) {
      if (question.options.length < 2) issue(["options"], "Offer at least two options");
      const seen = new Set<string>();
      labels.forEach((label, index) => {
        if (seen.has(label.toLowerCase())) issue(["options", index, "label"], "Another option has this label");
        seen.add(label.toLowerCase());
      });
    }

    const rule = question.knockout;
    if (!rule) return;
    if ("rejectIfBelow" in rule) {
      if (question.type !== "NUMBER") issue(["knockout"], "Only number questions can reject answers below a minimum");
      return;
    }
    const allowed = question.type === "YES_NO" ? YES_NO_VALUES : isSelect ? labels : null;
    if (!allowed) {
      issue(["knockout"], "Only yes/no, select and number questions can be knockout questions");
      return;
    }
    if (rule.rejectIf.some((value) => !allowed.includes(value)))
      issue(["knockout"], "The knockout names an answer the question does not offer");
    if (allowed.every((value) => rule.rejectIf.includes(value)))
      issue(["knockout"], "Leave at least one answer that does not reject the candidate");
  })
  // A question that changed from a select to another type keeps no stale options.
  .transform((question) => ({ ...question, options: isSelectType(question.type) ? question.options : [] }));

export const stageSchema = z.object({
  // Identifies the stage within the form, also before it is saved (stage moves name it).
  key: z.string().min(1).max(40),
  stageId: z.number().int().positive().optional(),
  name: requiredText("a stage name", JOB_LIMITS.stageName),
  kind: z.enum(StageKind, { error: "Choose what kind of stage this is" }),
});
