import "server-only";
import { createTranslator } from "use-intl/core";
import type { Locale } from "./locales";
import { loadMessages } from "./messages";

/**
 * A translator outside a request (emails sent by the worker, jobs): `(await translatorFor("de",
 * "emails"))("subject", { job })`. Inside a page use getTranslations/useTranslations instead.
 */
export async function translatorFor(locale: Locale, namespace: string) {
  return createTranslator({ locale, messages: await loadMessages(locale), namespace, timeZone: "UTC" });
}
