// The interview plan editor's one schema: the react-hook-form resolver in the browser and the
// save action on the server parse with it. Checks that need the database (stages, attributes and
// plan items belong to the job) run after it, in replace-interview-plan.ts.
import { z } from "zod";
import { FeedbackVisibility } from "@/lib/generated/prisma/enums";
import { optionalText, requiredText } from "@/lib/jobs/job-form-parts";

export const INTERVIEW_PLAN_LIMITS = {
  items: 30,
  name: 120,
  instructions: 2_000,
  minDuration: 5,
  maxDuration: 480,
  minDueHours: 1,
  // Two weeks: a reminder later than that no longer helps anyone remember an interview.
  maxDueHours: 336,
} as const;

/** A whole number typed into a text box ("45"), checked against its range. */
function wholeNumber(label: string, min: number, max: number, unit: string) {
  const range = `Enter ${label} from ${min} to ${max} ${unit}`;
  return z
    .string({ error: range })
    .trim()
    .regex(/^\d{1,6}$/, range)
    .transform(Number)
    .pipe(z.number().min(min, range).max(max, range));
}

const planItemSchema = z.object({
  // Set for an interview that already exists: scheduled interviews point at it, so it is updated in place.
  planItemId: z.number().int().positive().optional(),
  // A select's value: the id of one of the job's stages.
  stageId: z
    .string({ error: "Choose a stage" })
    .regex(/^\d{1,9}$/, "Choose a stage")
    .transform(Number),
  name: requiredText("the interview's name", INTERVIEW_PLAN_LIMITS.name),
  durationMinutes: wholeNumber(
    "a length",
    INTERVIEW_PLAN_LIMITS.minDuration,
    INTERVIEW_PLAN_LIMITS.maxDuration,
    "minutes",
  ),
  instructions: optionalText("the instructions", INTERVIEW_PLAN_LIMITS.instructions),
  attributeIds: z.array(z.number().int().positive()).max(50),
});

export const interviewPlanSchema = z
  .object({
    feedbackVisibility: z.enum(FeedbackVisibility, { error: "Choose when interviewers see each other's feedback" }),
    scorecardDueHours: wholeNumber(
      "the hours",
      INTERVIEW_PLAN_LIMITS.minDueHours,
      INTERVIEW_PLAN_LIMITS.maxDueHours,
      "hours",
    ),
    items: z
      .array(planItemSchema)
      .max(INTERVIEW_PLAN_LIMITS.items, `Plan at most ${INTERVIEW_PLAN_LIMITS.items} interviews`),
  })
  .superRefine((plan, ctx) => {
    // Coordinators pick an interview by name when scheduling: two with one name would be ambiguous.
    const names = new Set<string>();
    const ids = new Set<number>();
    plan.items.forEach((item, index) => {
      const name = item.name.toLowerCase();
      if (names.has(name))
        ctx.addIssue({ code: "custom", path: ["items", index, "name"], message: "Another interview has this name" });
      names.add(name);
      if (item.planItemId !== undefined && ids.has(item.planItemId)) {
        ctx.addIssue({
          code: "custom",
          path: ["items", index, "name"],
          message: "This interview is listed twice: reload the page",
        });
      }
      if (item.planItemId !== undefined) ids.add(item.planItemId);
    });
  })
  .transform((plan) => ({
    ...plan,
    items: plan.items.map((item) => ({ ...item, attributeIds: [...new Set(item.attributeIds)] })),
  }));

/** What the form holds (strings for typed-in numbers and the chosen stage). */
export type InterviewPlanValues = z.input<typeof interviewPlanSchema>;
/** What the server writes, after parsing. */
export type InterviewPlanInput = z.output<typeof interviewPlanSchema>;
export type InterviewPlanItemValues = InterviewPlanValues["items"][number];
