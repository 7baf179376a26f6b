import { z } from "zod";

// Job.knockout: answers that mean the candidate does not meet a stated requirement.
// { "rejectIf": ["NO"] } for yes/no and select questions (YES/NO or option labels);
// { "rejectIfBelow": 5 } for number questions.
export const knockoutRuleSchema = z.union([
  z.object({ rejectIf: z.array(z.string()).min(1) }).strict(),
  z.object({ rejectIfBelow: z.number() }).strict(),
]);

export type KnockoutRule = z.infer<typeof knockoutRuleSchema>;

type KnockoutQuestion = {
  type: string;
  knockout: unknown;
  options: { id: number; label: string }[];
};

export function isKnockedOut(question: KnockoutQuestion, answer: unknown): boolean {
  if (question.knockout == null || answer === undefined) return false;
  const rule = knockoutRuleSchema.safeParse(question.knockout);
  if (!rule.success) return false;
  const data = rule.data;
  if ("rejectIfBelow" in data) return typeof answer === "number" && answer < data.rejectIfBelow;

  const labelOf = (id: unknown) => question.options.find((option) => option.id === id)?.label;
  const given = Array.isArray(answer) ? answer.map(labelOf) : question.type === "YES_NO" ? [answer] : [labelOf(answer)];
  return given.some((value) => typeof value === "string" && data.rejectIf.includes(value));
}
