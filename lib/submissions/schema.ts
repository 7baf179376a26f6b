// The one schema of the application form: the browser form (zodResolver), the careers-site
// route and the Job Board API all validate with buildApplicationFormSchema(context).
import { z } from "zod";
import { legalQuestion, type ApplicationFormContext, type LegalFormForForm } from "./form-context";
import { TEXT_LIMITS } from "./limits";
import { buildJobAnswersSchema } from "./answers-schema";
import { trackingSchema } from "./tracking";
import {
  blankToUndefined,
  documentFile,
  emailField,
  optionalText,
  optionalWebUrl,
  phoneField,
  requiredText,
} from "./schema-fields";

export const ACCOMMODATION_KINDS = [
  "APPLICATION_PROCESS_CHANGE",
  "ALTERNATE_FORMAT_DOCUMENTS",
  "SIGN_LANGUAGE_INTERPRETER",
  "SPECIALIZED_EQUIPMENT",
  "OTHER",
] as const;

const yesNo = (message: string) => z.enum(["YES", "NO"], { error: message });

// Also the status page's "update your accommodation request" form (lib/candidate-rights/schema.ts).
export const accommodationSchema = z
  .object({
    requested: z.boolean().default(false),
    kinds: z.array(z.enum(ACCOMMODATION_KINDS)).max(ACCOMMODATION_KINDS.length).default([]),
    details: optionalText("accommodation details", TEXT_LIMITS.accommodationDetails, { multiline: true }),
    preferredContact: z.preprocess(blankToUndefined, z.enum(["EMAIL", "PHONE"]).optional()),
  })
  .superRefine((value, context) => {
    if (!value.requested) return;
    if (value.kinds.length === 0 && !value.details) {
      context.addIssue({
        code: "custom",
        path: ["details"],
        message: "Choose the kind of accommodation or describe what would help",
      });
    }
    if (!value.preferredContact) {
      context.addIssue({
        code: "custom",
        path: ["preferredContact"],
        message: "Choose how we should contact you about it",
      });
    }
  });

/** An optional self-identification answer restricted to the options of the version shown. */
function selfIdAnswer(form: LegalFormForForm | undefined) {
  const values = form ? (legalQuestion(form)?.options.map((option) => option.value) ?? []) : [];
  return z.preprocess(
    blankToUndefined,
    z
      .string()
      .refine((value) => values.includes(value), { message: "Choose one of the listed answers" })
      .optional(),
  );
}

export function buildApplicationFormSchema(context: ApplicationFormContext) {
  const selfIdForms = context.selfId?.forms ?? {};
  return z
    .object({
      submissionKey: z.uuid({ error: "Reload the page and try again" }),
      firstName: requiredText("first name", TEXT_LIMITS.name),
      lastName: requiredText("last name", TEXT_LIMITS.name),
      preferredName: optionalText("preferred name", TEXT_LIMITS.name),
      pronouns: optionalText("pronouns", TEXT_LIMITS.pronouns),
      email: emailField,
      phone: phoneField,
      location: requiredText("location (city and country)", TEXT_LIMITS.location),
      resume: documentFile("resume"),
      coverLetterFile: z.preprocess((value) => value ?? undefined, documentFile("cover letter").optional()),
      coverLetterText: optionalText("cover letter", TEXT_LIMITS.coverLetter, { multiline: true }),
      linkedinUrl: optionalWebUrl("your LinkedIn profile", TEXT_LIMITS.url),
      githubUrl: optionalWebUrl("your GitHub profile", TEXT_LIMITS.url),
      websiteUrl: optionalWebUrl("your website", TEXT_LIMITS.url),
      answers: buildJobAnswersSchema(context.questions),
      workAuthorization: z.object({
        authorizedToWork: yesNo("Tell us whether you are authorized to work in the country of this job"),
        requiresSponsorship: yesNo("Tell us whether you will require visa sponsorship"),
      }),
      exportControl: z.object({
        canReceiveWithoutLicense: z.enum(["YES", "NO", "NOT_SURE"], { error: "Answer the export-control question" }),
        usPerson: z.preprocess(blankToUndefined, z.enum(["YES", "NO", "DECLINE"]).optional()),
      }),
      accommodation: accommodationSchema,
      selfIdentification: z
        .object({
          gender: selfIdAnswer(selfIdForms.gender),
          ethnicity: selfIdAnswer(selfIdForms.ethnicity),
          race: selfIdAnswer(selfIdForms.race),
          veteran: selfIdAnswer(selfIdForms.veteran),
          disability: selfIdAnswer(selfIdForms.disability),
        })
        .default({}),
      privacyAcknowledged: z.literal(true, { error: "Confirm that you have read the privacy notice" }),
      keepOnFile: z.boolean().default(false),
      legalVersions: z.object({
        privacyNotice: z.string().min(1),
        workAuthorization: z.string().min(1),
        exportControl: z.string().min(1),
        accommodation: z.string().min(1),
        selfId: z.array(z.string().min(1)).max(10).default([]),
      }),
      tracking: trackingSchema.optional(),
    })
    .strict()
    .superRefine((value, issueContext) => {
      if (value.accommodation.requested && value.accommodation.preferredContact === "PHONE" && !value.phone) {
        issueContext.addIssue({
          code: "custom",
          path: ["accommodation", "preferredContact"],
          message: "Add a phone number or choose email",
        });
      }
    });
}

export type ApplicationFormSchema = ReturnType<typeof buildApplicationFormSchema>;
export type ApplicationFormValues = z.input<ApplicationFormSchema>;
export type ApplicationFormInput = z.output<ApplicationFormSchema>;
