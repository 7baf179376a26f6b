// The application form's validation messages in one language (docs/decisions/0041): the schema
// is built with them (buildApplicationFormSchema(context, text)), so the browser and the server
// validate with the same schema and say the same words in the candidate's language. English
// unless told otherwise: the Job Board API and staff-side callers answer in English.
import { createTranslator } from "use-intl/core";
import englishMessages from "@/messages/en/validation.json";

/** A translator of the "validation" namespace: next-intl's useTranslations("validation") or translatorFor(). */
export type ValidationTranslate = (key: string, values?: Record<string, string | number>) => string;

export type ValidatedField = keyof typeof englishMessages.fields;

export type ValidationText = ReturnType<typeof validationText>;

export function validationText(t: ValidationTranslate) {
  const field = (name: ValidatedField) => t(`fields.${name}`);
  return {
    required: (name: ValidatedField) => sentence(t("required", { field: field(name) })),
    tooLong: (name: ValidatedField, max: number) => sentence(t("tooLong", { field: field(name), max })),
    unstorable: (name: ValidatedField) => sentence(t("unstorable", { field: field(name) })),
    urlRequired: (name: ValidatedField) => sentence(t("urlRequired", { field: field(name) })),
    urlInvalid: (name: ValidatedField) => sentence(t("urlInvalid", { field: field(name) })),
    fileRequired: (name: ValidatedField) => sentence(t("fileRequired", { field: field(name) })),
    fileEmpty: (name: ValidatedField) => sentence(t("fileEmpty", { field: field(name) })),
    fileTooLarge: (name: ValidatedField) => sentence(t("fileTooLarge", { field: field(name) })),
    fileType: (name: ValidatedField) => sentence(t("fileType", { field: field(name) })),
    answerQuestion: (question: string) => t("answerQuestion", { question }),
    emailTooLong: (max: number) => t("emailTooLong", { max }),
    phoneTooLong: (max: number) => t("phoneTooLong", { max }),
    /** A message without placeholders. */
    plain: (key: PlainMessage) => t(key),
  };
}

type PlainMessage = {
  [Key in keyof typeof englishMessages]: (typeof englishMessages)[Key] extends string ? Key : never;
}[keyof typeof englishMessages];

/** English, for callers without a candidate's language (and the default of every schema piece). */
export const ENGLISH_VALIDATION = validationText(
  createTranslator({ locale: "en", messages: { validation: englishMessages }, namespace: "validation" }) as never,
);

// "first name must be…" reads "First name must be…"; German nouns are capitalized already.
function sentence(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
