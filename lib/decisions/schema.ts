// The decision form's one zod schema: the form validates with it (zodResolver) and the server
// action parses with it. The rejection fields sit at the top level (not nested) so the decision
// form can reuse the reject dialog's email fields, which register "subject", "body", "templateId".
import { z } from "zod";
import { rejectionFormSchema, toRejection, type Rejection } from "@/lib/pipeline/schema";
import { storableTextCheck } from "@/lib/validations/storable-text";

export const DECISION_KINDS = ["ADVANCE", "REJECT", "MAKE_OFFER"] as const;
export type DecisionKindInput = (typeof DECISION_KINDS)[number];

export const DECISION_NOTE_MAX_LENGTH = 2000;

export const hiringDecisionFormSchema = z
  .object({
    applicationId: z
      .string()
      .trim()
      .min(1)
      .max(64)
      .refine(...storableTextCheck()),
    // The version the decision view showed: a decision on an outdated view is refused (CONFLICT).
    expectedVersion: z.number().int().min(0),
    kind: z.enum(DECISION_KINDS, { error: "Choose a decision" }),
    note: z
      .string()
      .trim()
      .max(DECISION_NOTE_MAX_LENGTH, `Keep the note under ${DECISION_NOTE_MAX_LENGTH} characters`)
      .refine(...storableTextCheck({ multiline: true })),
    // Only for REJECT: the reject dialog's fields, checked by its own schema below.
    reasonId: z.union([z.string(), z.number()]),
    sendEmail: z.boolean(),
    templateId: z.string().max(64).optional(),
    subject: z.string(),
    body: z.string(),
  })
  .superRefine((form, context) => {
    if (form.kind !== "REJECT") return;
    const rejection = rejectionFormSchema.safeParse(rejectionFieldsOf(form));
    for (const issue of rejection.success ? [] : rejection.error.issues) {
      context.addIssue({ code: "custom", path: issue.path, message: issue.message });
    }
  });

export type HiringDecisionFormInput = z.input<typeof hiringDecisionFormSchema>;
export type HiringDecisionForm = z.output<typeof hiringDecisionFormSchema>;

// A decision rejects; "the candidate withdrew" is recorded from the board, not decided here.
function rejectionFieldsOf(
  form: Pick<HiringDecisionForm, "reasonId" | "sendEmail" | "templateId" | "subject" | "body">,
) {
  return {
    kind: "WE_REJECTED" as const,
    reasonId: form.reasonId,
    sendEmail: form.sendEmail,
    templateId: form.templateId,
    subject: form.subject,
    body: form.body,
  };
}

export type HiringDecisionInput =
  { kind: "ADVANCE" | "MAKE_OFFER"; note: string } | { kind: "REJECT"; note: string; rejection: Rejection };

/** The form's fields as the domain wants them (a rejection only for REJECT). */
export function toHiringDecision(form: HiringDecisionForm): HiringDecisionInput {
  if (form.kind !== "REJECT") return { kind: form.kind, note: form.note };
  return {
    kind: "REJECT",
    note: form.note,
    rejection: toRejection(rejectionFormSchema.parse(rejectionFieldsOf(form))),
  };
}
