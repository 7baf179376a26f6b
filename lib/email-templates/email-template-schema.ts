// The email template form's one schema, shared by the form (browser) and the actions (server).
// A merge field the sender does not know is refused here, so it can never reach a candidate.
import { z } from "zod";
import { listUnknownMergeFields, MERGE_FIELDS } from "@/lib/email/merge-fields";
import { storableTextCheck } from "@/lib/validations/storable-text";

export const EMAIL_TEMPLATE_LIMITS = { name: 100, subject: 200, body: 20_000 } as const;

function unknownFieldsMessage(unknown: string[]): string {
  const names = unknown.map((field) => (field === "" ? "{{}}" : `{{${field}}}`)).join(", ");
  return `Unknown merge field${unknown.length === 1 ? "" : "s"} ${names}. Use one of the fields listed below, like {{${MERGE_FIELDS[0]}}}.`;
}

const withKnownMergeFields = (schema: z.ZodString) =>
  schema.superRefine((text, ctx) => {
    const unknown = listUnknownMergeFields(text);
    if (unknown.length > 0) ctx.addIssue({ code: "custom", message: unknownFieldsMessage(unknown) });
  });

export const emailTemplateFormSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, "Enter a name staff will recognise, like “Rejection after phone screen”")
    .max(EMAIL_TEMPLATE_LIMITS.name, `Keep the name to ${EMAIL_TEMPLATE_LIMITS.name} characters or fewer`)
    .refine(...storableTextCheck()),
  subject: withKnownMergeFields(
    z
      .string()
      .trim()
      .min(1, "Enter a subject")
      .max(EMAIL_TEMPLATE_LIMITS.subject, `Keep the subject to ${EMAIL_TEMPLATE_LIMITS.subject} characters or fewer`)
      .regex(/^[^\r\n]*$/, "Keep the subject on one line")
      // Line breaks have their own message above.
      .refine(...storableTextCheck({ multiline: true })),
  ),
  body: withKnownMergeFields(
    z
      .string()
      .trim()
      .min(1, "Write the email")
      .max(EMAIL_TEMPLATE_LIMITS.body, `Keep the email to ${EMAIL_TEMPLATE_LIMITS.body} characters or fewer`)
      .refine(...storableTextCheck({ multiline: true })),
  ),
});

export type EmailTemplateFormValues = z.input<typeof emailTemplateFormSchema>;
export type EmailTemplateFormInput = z.output<typeof emailTemplateFormSchema>;
