// The scorecard form's one schema, shared by the form (browser) and the actions (server).
// Whether an attribute belongs to the interview's job is checked on the server afterwards.
import { z } from "zod";
import type { Rating, Recommendation } from "@/lib/generated/prisma/enums";
import { storableTextCheck } from "@/lib/validations/storable-text";

export const RATINGS = ["STRONG_NO", "NO", "YES", "STRONG_YES"] as const satisfies readonly Rating[];
export const RECOMMENDATIONS = [...RATINGS, "NO_DECISION"] as const satisfies readonly Recommendation[];

export const RATING_LABELS: Record<Rating, string> = {
  STRONG_NO: "Strong no",
  NO: "No",
  YES: "Yes",
  STRONG_YES: "Strong yes",
};
export const RECOMMENDATION_LABELS: Record<Recommendation, string> = { ...RATING_LABELS, NO_DECISION: "No decision" };

export const SCORECARD_LIMITS = { notes: 5000, keyTakeaways: 5000, privateNotes: 5000, attributes: 100 } as const;

const text = (max: number, what: string) =>
  z
    .string()
    .max(max, `Keep ${what} to ${max} characters or fewer`)
    .refine(...storableTextCheck({ multiline: true }));

const attributeRatingSchema = z.object({
  attributeId: z.number().int().positive(),
  // Empty (null) until the interviewer picks one of the four points.
  rating: z.enum(RATINGS, "Pick Strong no, No, Yes or Strong yes").nullable(),
  notes: text(SCORECARD_LIMITS.notes, "notes"),
});

export const scorecardFormSchema = z.object({
  ratings: z
    .array(attributeRatingSchema)
    .max(SCORECARD_LIMITS.attributes)
    .refine(
      (ratings) => new Set(ratings.map((entry) => entry.attributeId)).size === ratings.length,
      "Each attribute can be rated once",
    ),
  recommendation: z.enum(RECOMMENDATIONS, "Pick an overall recommendation").nullable(),
  keyTakeaways: text(SCORECARD_LIMITS.keyTakeaways, "the key take-aways"),
  privateNotes: text(SCORECARD_LIMITS.privateNotes, "the private notes"),
});

export type ScorecardFormValues = z.infer<typeof scorecardFormSchema>;

/**
 * What a submitted scorecard must have: an overall recommendation ("No decision" is a choice,
 * made deliberately), key take-aways the hiring manager can read, and at least one rated attribute.
 */
export const scorecardSubmitSchema = scorecardFormSchema.superRefine((values, ctx) => {
  if (values.recommendation === null)
    ctx.addIssue({ code: "custom", path: ["recommendation"], message: "Pick an overall recommendation" });
  if (values.keyTakeaways.trim() === "")
    ctx.addIssue({ code: "custom", path: ["keyTakeaways"], message: "Write the key take-aways" });
  if (!values.ratings.some((entry) => entry.rating !== null))
    ctx.addIssue({ code: "custom", path: ["ratings"], message: "Rate at least one attribute" });
});

/** A save names the version it edited (optimistic concurrency: two tabs never overwrite silently). */
const withVersion = <T extends z.ZodType>(values: T) => z.object({ values, version: z.number().int().min(0) });

export const scorecardDraftPayloadSchema = withVersion(scorecardFormSchema);
export const scorecardSubmitPayloadSchema = withVersion(scorecardSubmitSchema);

export type ScorecardDraftPayload = z.infer<typeof scorecardDraftPayloadSchema>;
export type ScorecardSubmitPayload = z.infer<typeof scorecardSubmitPayloadSchema>;
