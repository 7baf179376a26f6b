// The email template form's one schema, shared by the form (browser) and the actions (server).
// A merge field the sender does not know is refused here, so it can never reach a candidate.
import { z } from "zod";
import { listUnknownMergeFields, MERGE_FIELDS } from "@/lib/email/merge-fields";
import { storableTextCheck } from "@/lib/validations/storable-text";
import { TRANSLATION_LOCALES, type TemplateTranslation, type TranslationLocale } from "./template-version";

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

/** Subject and body: the template as written and each of its translations are checked by this one schema. */
export const emailTemplateTextSchema = z.object({
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
export type EmailTemplateText = z.output<typeof emailTemplateTextSchema>;

/**
 * A translation is optional: both fields blank means "none" (null, and a saved one is removed);
 * otherwise it must pass the same checks as the text as written.
 */
const optionalTranslationSchema = z
  .object({ subject: z.string(), body: z.string() })
  .transform((text, ctx): EmailTemplateText | null => {
    if (text.subject.trim() === "" && text.body.trim() === "") return null;
    const parsed = emailTemplateTextSchema.safeParse(text);
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) ctx.addIssue({ code: "custom", path: issue.path, message: issue.message });
    return z.NEVER;
  });

export const emailTemplateFormSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, "Enter a name staff will recognise, like “Rejection after phone screen”")
    .max(EMAIL_TEMPLATE_LIMITS.name, `Keep the name to ${EMAIL_TEMPLATE_LIMITS.name} characters or fewer`)
    .refine(...storableTextCheck()),
  ...emailTemplateTextSchema.shape,
  // Left out (a caller that knows no translations): the saved ones stay as they are.
  translations: z.record(z.enum(TRANSLATION_LOCALES), optionalTranslationSchema).optional(),
});

export type EmailTemplateFormValues = z.input<typeof emailTemplateFormSchema>;
export type EmailTemplateFormInput = z.output<typeof emailTemplateFormSchema>;

/** The form's starting values: a saved template with its translations, or a blank one. */
export function emailTemplateFormValues(
  template: { name: string; subject: string; body: string; translations: TemplateTranslation[] } = {
    name: "",
    subject: "",
    body: "",
    translations: [],
  },
): EmailTemplateFormValues {
  const translation = (language: TranslationLocale) => {
    const saved = template.translations.find((candidate) => candidate.language === language);
    return { subject: saved?.subject ?? "", body: saved?.body ?? "" };
  };
  return {
    name: template.name,
    subject: template.subject,
    body: template.body,
    translations: Object.fromEntries(
      TRANSLATION_LOCALES.map((language) => [language, translation(language)]),
    ) as EmailTemplateFormValues["translations"],
  };
}
