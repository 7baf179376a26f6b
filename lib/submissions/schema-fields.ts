// Field-level zod building blocks shared by the application form (browser) and the server.
import { z } from "zod";
import { isStorableText } from "@/lib/validations/storable-text";
import { DOCUMENT_EXTENSIONS, MAX_DOCUMENT_BYTES, TEXT_LIMITS } from "./limits";
import { ENGLISH_VALIDATION, type ValidatedField, type ValidationText } from "./validation-text";

export { isStorableText };

/**
 * "", whitespace and null become undefined so optional fields can be left blank (an untouched
 * radio group reads as null in the browser).
 */
const blankToUndefined = (value: unknown) =>
  value === null || (typeof value === "string" && value.trim() === "") ? undefined : value;

export function requiredText(
  field: ValidatedField,
  max: number,
  { multiline = false } = {},
  text: ValidationText = ENGLISH_VALIDATION,
) {
  return z
    .string({ error: text.required(field) })
    .trim()
    .min(1, text.required(field))
    .max(max, text.tooLong(field, max))
    .refine((value) => isStorableText(value, { multiline }), { message: text.unstorable(field) });
}

export function optionalText(
  field: ValidatedField,
  max: number,
  options: { multiline?: boolean } = {},
  text: ValidationText = ENGLISH_VALIDATION,
) {
  return z.preprocess(blankToUndefined, requiredText(field, max, options, text).optional());
}

export function optionalWebUrl(field: ValidatedField, max: number, text: ValidationText = ENGLISH_VALIDATION) {
  return z.preprocess(blankToUndefined, webUrl(field, max, text).optional());
}

export function webUrl(field: ValidatedField, max: number, text: ValidationText = ENGLISH_VALIDATION) {
  return z
    .string({ error: text.urlRequired(field) })
    .trim()
    .max(max, text.tooLong(field, max))
    .refine((value) => isHttpUrl(value) && isStorableText(value), { message: text.urlInvalid(field) });
}

/** The key the form makes once per application, so a retried request is stored once. */
export function submissionKeySchema(text: ValidationText = ENGLISH_VALIDATION) {
  return z.uuid({ error: text.plain("reload") });
}

export function emailSchema(text: ValidationText = ENGLISH_VALIDATION) {
  return z
    .string({ error: text.plain("emailRequired") })
    .trim()
    .min(1, text.plain("emailRequired"))
    .max(TEXT_LIMITS.email, text.emailTooLong(TEXT_LIMITS.email))
    .pipe(z.email({ error: text.plain("emailInvalid") }));
}

export function phoneSchema(text: ValidationText = ENGLISH_VALIDATION) {
  return z
    .string({ error: text.plain("phoneRequired") })
    .trim()
    .min(1, text.plain("phoneRequired"))
    .max(TEXT_LIMITS.phone, text.phoneTooLong(TEXT_LIMITS.phone))
    .refine((value) => /^\+?[0-9 ().-]+$/.test(value) && value.replace(/\D/g, "").length >= 7, {
      message: text.plain("phoneInvalid"),
    });
}

/** English: the résumé suggestions and the earlier-application lookup. */
export const emailField = emailSchema();
export const submissionKeyField = submissionKeySchema();
export const phoneField = phoneSchema();

export function documentFile(field: "resume" | "coverLetterFile", text: ValidationText = ENGLISH_VALIDATION) {
  return z
    .custom<File>((value) => typeof File !== "undefined" && value instanceof File, { error: text.fileRequired(field) })
    .refine((file) => file.size > 0, { message: text.fileEmpty(field) })
    .refine((file) => file.size <= MAX_DOCUMENT_BYTES, { message: text.fileTooLarge(field) })
    .refine((file) => DOCUMENT_EXTENSIONS.some((extension) => file.name.toLowerCase().endsWith(extension)), {
      message: text.fileType(field),
    });
}

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "https:" || url.protocol === "http:") && url.hostname.includes(".");
  } catch {
    return false;
  }
}

export { blankToUndefined };
