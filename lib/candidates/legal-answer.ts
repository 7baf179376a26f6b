import { formQuestionsSchema } from "@/lib/legal/form-content";

export type LegalAnswer = { key: string; prompt: string; answer: string | null };

/**
 * Answers to a versioned legal form, each shown with the exact prompt and option label of the
 * version the candidate answered (not today's wording).
 */
export function legalAnswers(
  questionsJson: unknown,
  values: Record<string, string | string[] | null | undefined>,
): LegalAnswer[] {
  const parsed = formQuestionsSchema.safeParse(questionsJson);
  const questions = parsed.success ? parsed.data : [];
  return Object.entries(values).map(([key, value]) => {
    const question = questions.find((candidate) => candidate.key === key);
    const label = (one: string) => question?.options.find((option) => option.value === one)?.label ?? one;
    const answer =
      value === null || value === undefined ? null : Array.isArray(value) ? value.map(label).join("; ") : label(value);
    return { key, prompt: question?.prompt ?? key, answer };
  });
}
