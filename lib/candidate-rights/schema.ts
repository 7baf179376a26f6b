// The status page's forms. They post plain HTML forms (they work without JavaScript), so each
// schema reads FormData; the accommodation form validates with the application form's own schema.
import { z } from "zod";
import { LOCALES } from "@/i18n/locales";
import { buildAccommodationSchema } from "@/lib/submissions/schema";
import { emailSchema } from "@/lib/submissions/schema-fields";
import { ENGLISH_VALIDATION, type ValidationText } from "@/lib/submissions/validation-text";

// Each form's schema is built with the validation messages in the page's language (ValidationText,
// docs/decisions/0041); the action builds the same one from the same language. English by default.
function optionalId(text: ValidationText) {
  return z.preprocess(
    (value) => (value === null || value === "" ? undefined : value),
    z.coerce
      .number({ error: text.plain("chooseReason") })
      .int()
      .positive()
      .optional(),
  );
}

export function buildWithdrawSchema(text: ValidationText = ENGLISH_VALIDATION) {
  return z.object({
    confirm: z.literal("yes", { error: text.plain("confirmWithdraw") }),
    reasonId: optionalId(text),
  });
}
export const withdrawSchema = buildWithdrawSchema();
export type WithdrawInput = z.output<typeof withdrawSchema>;

export function parseWithdrawForm(form: FormData, text: ValidationText = ENGLISH_VALIDATION) {
  return buildWithdrawSchema(text).safeParse({ confirm: form.get("confirm"), reasonId: form.get("reasonId") });
}

/**
 * The same rules as the application form's accommodation section, the request always made. The
 * form's controls are named by these paths ("request.details"), so errors land at the field.
 */
export function buildCandidateAccommodationSchema(text: ValidationText = ENGLISH_VALIDATION) {
  return z.object({
    formVersionId: z
      .string({ error: text.plain("reload") })
      .min(1, text.plain("reload"))
      .max(100),
    request: buildAccommodationSchema(text).refine((value) => value.requested, {
      message: text.plain("nothingToSave"),
    }),
  });
}
export const candidateAccommodationSchema = buildCandidateAccommodationSchema();
export type CandidateAccommodationInput = z.output<typeof candidateAccommodationSchema>;

export function parseAccommodationForm(form: FormData, text: ValidationText = ENGLISH_VALIDATION) {
  return buildCandidateAccommodationSchema(text).safeParse({
    formVersionId: form.get("formVersionId"),
    request: {
      requested: true,
      kinds: form.getAll("request.kinds"),
      details: form.get("request.details") ?? undefined,
      preferredContact: form.get("request.preferredContact") ?? undefined,
    },
  });
}

export function buildErasureSchema(text: ValidationText = ENGLISH_VALIDATION) {
  return z.object({ confirm: z.literal("yes", { error: text.plain("confirmErasure") }) });
}
export const erasureSchema = buildErasureSchema();

export function parseErasureForm(form: FormData, text: ValidationText = ENGLISH_VALIDATION) {
  return buildErasureSchema(text).safeParse({ confirm: form.get("confirm") });
}

export function buildResendLinkSchema(text: ValidationText = ENGLISH_VALIDATION) {
  return z.object({ email: emailSchema(text) });
}
export const resendLinkSchema = buildResendLinkSchema();
export type ResendLinkInput = z.output<typeof resendLinkSchema>;

export function parseResendLinkForm(form: FormData, text: ValidationText = ENGLISH_VALIDATION) {
  return buildResendLinkSchema(text).safeParse({ email: form.get("email") ?? "" });
}

/** What a status-page form shows after a refused submit: the messages, and what was typed (React resets a form after its action). */
export type CandidateActionState = {
  ok: false;
  message: string;
  fieldErrors?: Record<string, string[]>;
  values?: Record<string, string | string[]>;
} | null;

/** A status-link page's address: the new-link form, or a page of one link (/applications/status/<token>/…). */
const STATUS_PAGE_PATH = /^\/applications\/status(\/[A-Za-z0-9_-]{1,200}(\/[a-z-]{1,40})?)?$/;

/** The language switcher of the status-link pages: a language of ours, back to a status page only. */
export const statusLanguageChoiceSchema = z.object({
  locale: z.enum(LOCALES),
  returnTo: z.string().max(300).regex(STATUS_PAGE_PATH),
});
