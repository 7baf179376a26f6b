// The one schema of the application form: the browser form (zodResolver), the careers-site
// route and the Job Board API all validate with buildApplicationFormSchema(context).
import { z } from "zod";
import { legalQuestion, type ApplicationFormContext, type LegalFormForForm } from "./form-context";
import { TEXT_LIMITS } from "./limits";
import { buildJobAnswersSchema } from "./answers-schema";
import { trackingSchema } from "./tracking";
import {
  submissionKeySchema,
  blankToUndefined,
  documentFile,
  emailSchema,
  optionalText,
  optionalWebUrl,
  phoneSchema,
  requiredText,
} from "./schema-fields";
import { ENGLISH_VALIDATION, type ValidationText } from "./validation-text";

export const ACCOMMODATION_KINDS = [
  "APPLICATION_PROCESS_CHANGE",
  "ALTERNATE_FORMAT_DOCUMENTS",
  "SIGN_LANGUAGE_INTERPRETER",
  "SPECIALIZED_EQUIPMENT",
  "OTHER",
] as const;

const yesNo = (message: string) => z.enum(["YES", "NO"], { error: message });

/** The accommodation request, in the words of `text`; also the status page's form (lib/candidate-rights/schema.ts). */
export function buildAccommodationSchema(text: ValidationText = ENGLISH_VALIDATION) {
  return z
    .object({
      requested: z.boolean().default(false),
      kinds: z.array(z.enum(ACCOMMODATION_KINDS)).max(ACCOMMODATION_KINDS.length).default([]),
      details: optionalText("accommodationDetails", TEXT_LIMITS.accommodationDetails, { multiline: true }, text),
      preferredContact: z.preprocess(blankToUndefined, z.enum(["EMAIL", "PHONE"]).optional()),
    })
    .superRefine((value, context) => {
      if (!value.requested) return;
      if (value.kinds.length === 0 && !value.details) {
        context.addIssue({ code: "custom", path: ["details"], message: text.plain("accommodationKindOrDetails") });
      }
      if (!value.preferredContact) {
        context.addIssue({ code: "custom", path: ["preferredContact"], message: text.plain("accommodationContact") });
      }
    });
}

export const accommodationSchema = buildAccommodationSchema();

/** An optional self-identification answer restricted to the options of the version shown. */
function selfIdAnswer(form: LegalFormForForm | undefined, text: ValidationText) {
  const values = form ? (legalQuestion(form)?.options.map((option) => option.value) ?? []) : [];
  return z.preprocess(
    blankToUndefined,
    z
      .string()
      .refine((value) => values.includes(value), { message: text.plain("chooseListed") })
      .optional(),
  );
}

/**
 * `text`: the validation messages in the form's language (validationText(useTranslations("validation"))
 * in the browser, the same language on the server); English by default.
 */
export function buildApplicationFormSchema(context: ApplicationFormContext, text: ValidationText = ENGLISH_VALIDATION) {
  const selfIdForms = context.selfId?.forms ?? {};
  return z
    .object({
      submissionKey: submissionKeySchema(text),
      firstName: requiredText("firstName", TEXT_LIMITS.name, {}, text),
      lastName: requiredText("lastName", TEXT_LIMITS.name, {}, text),
      preferredName: optionalText("preferredName", TEXT_LIMITS.name, {}, text),
      pronouns: optionalText("pronouns", TEXT_LIMITS.pronouns, {}, text),
      email: emailSchema(text),
      phone: phoneSchema(text),
      location: requiredText("location", TEXT_LIMITS.location, {}, text),
      resume: documentFile("resume", text),
      coverLetterFile: z.preprocess((value) => value ?? undefined, documentFile("coverLetterFile", text).optional()),
      coverLetterText: optionalText("coverLetter", TEXT_LIMITS.coverLetter, { multiline: true }, text),
      linkedinUrl: optionalWebUrl("linkedinUrl", TEXT_LIMITS.url, text),
      githubUrl: optionalWebUrl("githubUrl", TEXT_LIMITS.url, text),
      websiteUrl: optionalWebUrl("websiteUrl", TEXT_LIMITS.url, text),
      answers: buildJobAnswersSchema(context.questions, text),
      workAuthorization: z.object({
        authorizedToWork: yesNo(text.plain("authorizedToWork")),
        requiresSponsorship: yesNo(text.plain("requiresSponsorship")),
      }),
      exportControl: z.object({
        canReceiveWithoutLicense: z.enum(["YES", "NO", "NOT_SURE"], { error: text.plain("exportControl") }),
        usPerson: z.preprocess(blankToUndefined, z.enum(["YES", "NO", "DECLINE"]).optional()),
      }),
      accommodation: buildAccommodationSchema(text),
      selfIdentification: z
        .object({
          gender: selfIdAnswer(selfIdForms.gender, text),
          ethnicity: selfIdAnswer(selfIdForms.ethnicity, text),
          race: selfIdAnswer(selfIdForms.race, text),
          veteran: selfIdAnswer(selfIdForms.veteran, text),
          disability: selfIdAnswer(selfIdForms.disability, text),
        })
        .default({}),
      privacyAcknowledged: z.literal(true, { error: text.plain("privacy") }),
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
          message: text.plain("accommodationPhone"),
        });
      }
    });
}

export type ApplicationFormSchema = ReturnType<typeof buildApplicationFormSchema>;
export type ApplicationFormValues = z.input<ApplicationFormSchema>;
export type ApplicationFormInput = z.output<ApplicationFormSchema>;
