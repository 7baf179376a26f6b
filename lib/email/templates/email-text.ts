import type { Locale } from "@/i18n/locales";

/**
 * A translator over messages/<locale>/emails.json (lib/email/candidate-email-text.ts makes one):
 * the candidate email templates take it, so they stay plain functions that tests call directly.
 */
export type EmailText = (key: string, values?: Record<string, string | number | Date>) => string;

/** What every candidate email's words need: the translator and the language it speaks. */
export type EmailLanguage = { t: EmailText; locale: Locale };
