// The status page's forms. They post plain HTML forms (they work without JavaScript), so each
// schema reads FormData; the accommodation form validates with the application form's own schema.
import { z } from "zod";
import { LOCALES } from "@/i18n/locales";
import { accommodationSchema } from "@/lib/submissions/schema";
import { emailField } from "@/lib/submissions/schema-fields";

const optionalId = z.preprocess(
  (value) => (value === null || value === "" ? undefined : value),
  z.coerce.number({ error: "Choose one of the listed reasons" }).int().positive().optional(),
);

export const withdrawSchema = z.object({
  confirm: z.literal("yes", { error: "Confirm that you want to withdraw" }),
  reasonId: optionalId,
});
export type WithdrawInput = z.output<typeof withdrawSchema>;

export function parseWithdrawForm(form: FormData) {
  return withdrawSchema.safeParse({ confirm: form.get("confirm"), reasonId: form.get("reasonId") });
}

/**
 * The same rules as the application form's accommodation section, the request always made. The
 * form's controls are named by these paths ("request.details"), so errors land at the field.
 */
export const candidateAccommodationSchema = z.object({
  formVersionId: z.string({ error: "Reload the page and try again" }).min(1, "Reload the page and try again").max(100),
  request: accommodationSchema.refine((value) => value.requested, { message: "Nothing to save" }),
});
export type CandidateAccommodationInput = z.output<typeof candidateAccommodationSchema>;

export function parseAccommodationForm(form: FormData) {
  return candidateAccommodationSchema.safeParse({
    formVersionId: form.get("formVersionId"),
    request: {
      requested: true,
      kinds: form.getAll("request.kinds"),
      details: form.get("request.details") ?? undefined,
      preferredContact: form.get("request.preferredContact") ?? undefined,
    },
  });
}

export const erasureSchema = z.object({
  confirm: z.literal("yes", { error: "Confirm that you want your data erased" }),
});

export function parseErasureForm(form: FormData) {
  return erasureSchema.safeParse({ confirm: form.get("confirm") });
}

export const resendLinkSchema = z.object({ email: emailField });
export type ResendLinkInput = z.output<typeof resendLinkSchema>;

export function parseResendLinkForm(form: FormData) {
  return resendLinkSchema.safeParse({ email: form.get("email") ?? "" });
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
