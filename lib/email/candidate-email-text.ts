import "server-only";
// The words of the emails to candidates, in the language of their application (Application.locale,
// recorded at submission); English for an application without a known one. Emails to staff stay
// English (docs/decisions/0042).
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/i18n/locales";
import { translatorFor } from "@/i18n/translator";
import type { EmailText } from "./templates/email-text";

export async function candidateEmailText(locale: string | null | undefined): Promise<{ locale: Locale; t: EmailText }> {
  const known = isLocale(locale) ? locale : DEFAULT_LOCALE;
  // The messages are read at run time (untyped keys): the templates name keys as plain strings,
  // and the unit test of message parity keeps both languages' keys the same.
  const translate = (await translatorFor(known, "emails")) as unknown as EmailText;
  return { locale: known, t: translate };
}
