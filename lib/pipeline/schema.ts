// Shared zod schemas of the pipeline board: the dialogs validate with them (zodResolver) and the
// server actions parse with them, so both sides apply the same rules.
import { z } from "zod";
import { tagNameSchema } from "@/lib/candidates/schema";
import { listUnknownMergeFields } from "@/lib/email/merge-fields";
import { storableTextCheck } from "@/lib/validations/storable-text";

/** More than this in one bulk action is almost surely a mistake, and keeps a transaction short. */
export const MAX_BULK_APPLICATIONS = 500;

const applicationId = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .refine(...storableTextCheck());
const stageId = z.coerce.number<string | number>().int().positive({ error: "Choose a stage" });

export const moveApplicationSchema = z.object({
  applicationId,
  toStageId: stageId,
  // The version the board showed: a move based on an outdated board is refused (CONFLICT).
  expectedVersion: z.number().int().min(0),
});
export type MoveApplicationInput = z.infer<typeof moveApplicationSchema>;

export const REJECTION_KINDS = ["WE_REJECTED", "CANDIDATE_WITHDREW"] as const;

/** Subject or body that uses a merge field we do not know gets a message naming it. */
function mergeFieldsMessage(text: string): string | null {
  const unknown = listUnknownMergeFields(text);
  if (unknown.length === 0) return null;
  return `Unknown merge field${unknown.length === 1 ? "" : "s"}: ${unknown.map((field) => `{{${field}}}`).join(", ")}`;
}

const templateText = (max: number, emptyMessage: string) =>
  z
    .string()
    .trim()
    .min(1, emptyMessage)
    .max(max, `Keep it under ${max} characters`)
    // Multiline: the subject's one-line rule has its own message below.
    .refine(...storableTextCheck({ multiline: true }))
    .superRefine((text, context) => {
      const message = mergeFieldsMessage(text);
      if (message) context.addIssue({ code: "custom", message });
    });

export const rejectionEmailSchema = z.object({
  subject: templateText(200, "Enter a subject").refine(
    (subject) => !/[\r\n]/.test(subject),
    "The subject must be one line",
  ),
  body: templateText(10_000, "Write the message"),
});
export type RejectionEmailInput = z.infer<typeof rejectionEmailSchema>;

/** The reject dialog: outcome, reason, and an optional email the recruiter may edit. */
export const rejectionFormSchema = z
  .object({
    kind: z.enum(REJECTION_KINDS),
    reasonId: z.coerce.number<string | number>().int().positive({ error: "Choose a reason" }),
    sendEmail: z.boolean(),
    templateId: z.string().max(64).optional(),
    subject: z.string(),
    body: z.string(),
  })
  .superRefine((form, context) => {
    if (!form.sendEmail) return;
    const email = rejectionEmailSchema.safeParse({ subject: form.subject, body: form.body });
    for (const issue of email.success ? [] : email.error.issues) {
      context.addIssue({ code: "custom", path: issue.path, message: issue.message });
    }
  });
export type RejectionFormInput = z.input<typeof rejectionFormSchema>;

/** The email to send; `templateId`: the template it was started from (lib/email-templates/template-version.ts). */
export type RejectionEmail = RejectionEmailInput & { templateId?: string };

export type Rejection = {
  kind: (typeof REJECTION_KINDS)[number];
  reasonId: number;
  /** Null: record the outcome without writing to the candidate. */
  email: RejectionEmail | null;
};

/** The dialog's fields as the domain wants them (email only when it is to be sent). */
export function toRejection(form: z.output<typeof rejectionFormSchema>): Rejection {
  return {
    kind: form.kind,
    reasonId: form.reasonId,
    email: form.sendEmail
      ? { subject: form.subject.trim(), body: form.body.trim(), templateId: form.templateId || undefined }
      : null,
  };
}

export const rejectApplicationSchema = z.object({
  applicationId,
  expectedVersion: z.number().int().min(0),
  rejection: rejectionFormSchema,
});

const applicationIds = z
  .array(applicationId)
  .min(1, "Select at least one candidate")
  .max(MAX_BULK_APPLICATIONS, `Select at most ${MAX_BULK_APPLICATIONS} candidates at a time`);

export const bulkUpdateSchema = z.discriminatedUnion("operation", [
  z.object({ operation: z.literal("move"), applicationIds, toStageId: stageId }),
  z.object({ operation: z.literal("reject"), applicationIds, rejection: rejectionFormSchema }),
  z.object({ operation: z.literal("tag"), applicationIds, tagName: tagNameSchema }),
]);
export type BulkUpdateInput = z.input<typeof bulkUpdateSchema>;
