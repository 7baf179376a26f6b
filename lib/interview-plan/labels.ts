import type { FeedbackVisibility } from "@/lib/generated/prisma/enums";

export const FEEDBACK_VISIBILITY_OPTIONS: Record<FeedbackVisibility, { label: string; hint: string }> = {
  AFTER_SUBMITTING: {
    label: "After submitting their own (recommended)",
    hint: "Blind until an interviewer submits their scorecard, so each first impression stays their own.",
  },
  ALWAYS: { label: "Always", hint: "Interviewers can read the others' submitted scorecards at any time." },
  NEVER: { label: "Never", hint: "Only the hiring manager and recruiters read the scorecards, side by side." },
};

export const interviewCount = (count: number) =>
  count === 1 ? "1 scheduled interview" : `${count} scheduled interviews`;
