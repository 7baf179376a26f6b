// The offer forms' zod schemas: each form validates with its schema (zodResolver) and its server
// action parses with the same one. Checks that need the database run in the domain functions.
import { z } from "zod";
import { requiredText } from "@/lib/submissions/schema-fields";
import { ENGLISH_VALIDATION, type ValidationText } from "@/lib/submissions/validation-text";
import { storableTextCheck } from "@/lib/validations/storable-text";

const id = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .refine(...storableTextCheck());

const line = (label: string, max: number) =>
  z
    .string()
    .trim()
    .min(1, `Enter the ${label}`)
    .max(max, `Keep the ${label} under ${max} characters`)
    .refine(...storableTextCheck());

const optionalText = (label: string, max: number) =>
  z
    .string()
    .trim()
    .max(max, `Keep the ${label} under ${max} characters`)
    .refine(...storableTextCheck({ multiline: true }));

// A calendar day as <input type="date"> sends it; stored at UTC midnight.
const day = (label: string) =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, `Enter the ${label}`)
    .refine(
      (value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && value >= "2000-01-01" && value <= "2999-12-31",
      {
        message: `Enter a real ${label}`,
      },
    );

export const PAY_PERIODS = ["HOUR", "MONTH", "YEAR"] as const;
export const OFFER_EMPLOYMENT_TYPES = ["FULL_TIME", "PART_TIME", "CONTRACTOR", "TEMPORARY", "INTERN"] as const;

export const offerTermsFormSchema = z
  .object({
    applicationId: id,
    // The offer being edited (absent for a new one) and the version the form showed.
    offerId: id.optional(),
    expectedVersion: z.number().int().min(0).optional(),
    // Coerced: the form's text box sends a string, the action may get either.
    baseAmount: z.coerce
      .number({ error: "Enter the base pay as a number" })
      .int("Enter whole units, without cents")
      .min(1, "Enter the base pay")
      .max(100_000_000, "That base pay is too large"),
    currency: z
      .string()
      .trim()
      .regex(/^[A-Za-z]{3}$/, "Enter a three-letter currency code, e.g. USD")
      .transform((value) => value.toUpperCase()),
    payPeriod: z.enum(PAY_PERIODS, { error: "Choose a pay period" }),
    bonus: optionalText("bonus", 1000),
    equity: optionalText("equity", 1000),
    startDate: day("start date"),
    workLocation: line("work location", 200),
    employmentType: z.enum(OFFER_EMPLOYMENT_TYPES, { error: "Choose an employment type" }),
    expiresOn: day("expiry date"),
    letterTemplateId: id,
  })
  .refine((form) => form.expiresOn <= form.startDate, {
    path: ["expiresOn"],
    message: "The offer must expire on or before the start date",
  });

export type OfferTermsFormInput = z.input<typeof offerTermsFormSchema>;
export type OfferTermsInput = z.output<typeof offerTermsFormSchema>;

/** An action on one offer as the page showed it (submit, release, withdraw). */
export const offerStepSchema = z.object({ offerId: id, expectedVersion: z.number().int().min(0) });
export type OfferStepInput = z.infer<typeof offerStepSchema>;

export const APPROVAL_REASON_MAX = 1000;

export const offerApprovalFormSchema = offerStepSchema
  .extend({
    decision: z.enum(["APPROVED", "SENT_BACK"], { error: "Approve or send back" }),
    reason: optionalText("reason", APPROVAL_REASON_MAX),
  })
  .refine((form) => form.decision === "APPROVED" || form.reason.length > 0, {
    path: ["reason"],
    message: "Say why you send it back",
  });
export type OfferApprovalInput = z.infer<typeof offerApprovalFormSchema>;

export const exportReviewFormSchema = offerStepSchema.extend({
  outcome: z.enum(["NO_LICENCE_NEEDED", "CONDITIONAL_ON_LICENCE", "LICENCE_OBTAINED"], {
    error: "Choose the outcome",
  }),
  note: optionalText("note", 2000),
});
export type ExportReviewInput = z.infer<typeof exportReviewFormSchema>;

export const MAX_OFFER_APPROVERS = 5;

export const jobOfferSettingsFormSchema = z.object({
  jobId: z.number().int().positive(),
  exportControlled: z.boolean(),
  // The form has one select per place in the order; places left empty are dropped.
  approverIds: z
    .array(z.string())
    .max(50)
    .transform((ids) => ids.filter((value) => value !== ""))
    .pipe(
      z
        .array(id)
        .min(1, "Name at least one approver")
        .max(MAX_OFFER_APPROVERS, `Name at most ${MAX_OFFER_APPROVERS} approvers`)
        .refine((ids) => new Set(ids).size === ids.length, "Name each approver once"),
    ),
});
export type JobOfferSettingsFormInput = z.input<typeof jobOfferSettingsFormSchema>;
export type JobOfferSettingsInput = z.output<typeof jobOfferSettingsFormSchema>;

export const OFFER_LETTER_MAX = 20_000;

export const offerLetterTemplateFormSchema = z.object({
  // Absent: a new template; present: a new version of it.
  templateId: id.optional(),
  name: line("name", 120),
  body: z
    .string()
    .trim()
    .min(1, "Write the letter")
    .max(OFFER_LETTER_MAX, `Keep the letter under ${OFFER_LETTER_MAX} characters`)
    .refine(...storableTextCheck({ multiline: true })),
});
export type OfferLetterTemplateInput = z.infer<typeof offerLetterTemplateFormSchema>;

// The candidate's answer on the status page (FormData, so strings), in the words of the page's
// language (ValidationText, docs/decisions/0041); English by default.
export function buildAcceptOfferFormSchema(text: ValidationText = ENGLISH_VALIDATION) {
  return z.object({
    offerId: id,
    // The acceptance wording shown: recorded with the answer.
    wordingVersionId: id,
    fullName: requiredText("fullName", 200, {}, text),
  });
}
export const acceptOfferFormSchema = buildAcceptOfferFormSchema();
export type AcceptOfferInput = z.infer<typeof acceptOfferFormSchema>;

export function buildDeclineOfferFormSchema(text: ValidationText = ENGLISH_VALIDATION) {
  return z.object({
    offerId: id,
    reason: z
      .string()
      .trim()
      .max(2000, text.tooLong("declineReason", 2000))
      .refine(...storableTextCheck({ multiline: true, message: text.unstorable("declineReason") })),
  });
}
export const declineOfferFormSchema = buildDeclineOfferFormSchema();
export type DeclineOfferInput = z.infer<typeof declineOfferFormSchema>;

export function parseAcceptOfferForm(form: FormData, text: ValidationText = ENGLISH_VALIDATION) {
  return buildAcceptOfferFormSchema(text).safeParse({
    offerId: form.get("offerId") ?? "",
    wordingVersionId: form.get("wordingVersionId") ?? "",
    fullName: form.get("fullName") ?? "",
  });
}

export function parseDeclineOfferForm(form: FormData, text: ValidationText = ENGLISH_VALIDATION) {
  return buildDeclineOfferFormSchema(text).safeParse({
    offerId: form.get("offerId") ?? "",
    reason: form.get("reason") ?? "",
  });
}
