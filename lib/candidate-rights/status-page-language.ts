// The language of the status-link pages, whose addresses carry none (links in sent emails must keep
// working): the candidate's choice (the language cookie the switchers set), else a language their
// browser asks for that we have, else the language they applied in (docs/decisions/0042).
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/i18n/locales";
import { negotiateLocale } from "@/i18n/negotiate-locale";

export function statusPageLanguage({
  cookie,
  acceptLanguage,
  applied,
}: {
  cookie: string | undefined;
  acceptLanguage: string | null;
  /** Application.locale; null on the pages without an application (a link that does not work). */
  applied: string | null;
}): Locale {
  if (isLocale(cookie)) return cookie;
  if (asksForOneOfOurs(acceptLanguage)) return negotiateLocale(acceptLanguage);
  return isLocale(applied) ? applied : DEFAULT_LOCALE;
}

/** Whether the header names, with a weight above 0, a language we have (a bare "*" does not count). */
function asksForOneOfOurs(acceptLanguage: string | null): boolean {
  if (!acceptLanguage) return false;
  // negotiateLocale answers English both for "en" and for a header naming nothing we have.
  return acceptLanguage
    .slice(0, 1000)
    .split(",")
    .some((part) => {
      const [range = "", ...parameters] = part.trim().split(";");
      const primary = range.trim().split("-")[0]?.toLowerCase();
      const zeroWeight = parameters.some((parameter) => /^\s*q\s*=\s*0(\.0*)?\s*$/i.test(parameter));
      return isLocale(primary) && !zeroWeight;
    });
}
