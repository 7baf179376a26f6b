import { z } from "zod";

// The shape of FormVersion.questions: each legal text carries its own questions and answer
// options, so a new version (e.g. a renewed disability form) needs no deploy.
export const formOptionSchema = z.object({
  value: z.string().min(1),
  label: z.string().min(1),
});

export const formQuestionSchema = z.object({
  key: z.string().min(1),
  prompt: z.string().min(1),
  options: z.array(formOptionSchema),
});

export const formQuestionsSchema = z.array(formQuestionSchema);

export type FormOption = z.infer<typeof formOptionSchema>;
export type FormQuestion = z.infer<typeof formQuestionSchema>;
