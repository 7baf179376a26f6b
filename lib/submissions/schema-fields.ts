// Field-level zod building blocks shared by the application form (browser) and the server.
import { z } from "zod";
import { isStorableText } from "@/lib/validations/storable-text";
import { DOCUMENT_EXTENSIONS, MAX_DOCUMENT_BYTES } from "./limits";

export { isStorableText };

/**
 * "", whitespace and null become undefined so optional fields can be left blank (an untouched
 * radio group reads as null in the browser).
 */
const blankToUndefined = (value: unknown) =>
  value === null || (typeof value === "string" && value.trim() === "") ? undefined : value;

export function requiredText(label: string, max: number, { multiline = false } = {}) {
  return z
    .string({ error: `Enter your ${label}` })
    .trim()
    .min(1, `Enter your ${label}`)
    .max(max, `${capitalize(label)} must be ${max} characters or fewer`)
    .refine((value) => isStorableText(value, { multiline }), {
      message: `${capitalize(label)} contains characters we cannot store`,
    });
}

export function optionalText(label: string, max: number, options: { multiline?: boolean } = {}) {
  return z.preprocess(blankToUndefined, requiredText(label, max, options).optional());
}

export function optionalWebUrl(label: string, max: number) {
  return z.preprocess(blankToUndefined, webUrl(label, max).optional());
}

export function webUrl(label: string, max: number) {
  return z
    .string({ error: `Enter ${label}` })
    .trim()
    .max(max, `${capitalize(label)} must be ${max} characters or fewer`)
    .refine((value) => isHttpUrl(value) && isStorableText(value), {
      message: `Enter ${label} as a full web address starting with https://`,
    });
}

export const emailField = z
  .string({ error: "Enter your email address" })
  .trim()
  .min(1, "Enter your email address")
  .max(254, "Email address must be 254 characters or fewer")
  .pipe(z.email({ error: "Enter an email address like name@example.com" }));

export const phoneField = z
  .string({ error: "Enter your phone number" })
  .trim()
  .min(1, "Enter your phone number")
  .max(40, "Phone number must be 40 characters or fewer")
  .refine((value) => /^\+?[0-9 ().-]+$/.test(value) && value.replace(/\D/g, "").length >= 7, {
    message: "Enter a phone number with at least 7 digits, like +1 415 555 0100",
  });

export function documentFile(label: string) {
  return z
    .custom<File>((value) => typeof File !== "undefined" && value instanceof File, { error: `Attach your ${label}` })
    .refine((file) => file.size > 0, { message: `The ${label} file is empty` })
    .refine((file) => file.size <= MAX_DOCUMENT_BYTES, {
      message: `The ${label} must be 10 MB or smaller`,
    })
    .refine((file) => DOCUMENT_EXTENSIONS.some((extension) => file.name.toLowerCase().endsWith(extension)), {
      message: `The ${label} must be a PDF or Word (.docx) document`,
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

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export { blankToUndefined };
