// How a candidate page's URL carries its language (docs/decisions/0041): English as today
// (/jobs/x), German under /de (/de/jobs/x). Inside the app every candidate page lives under
// app/(careers)/[locale], so proxy.ts serves /jobs/x from /en/jobs/x. No server-only import.
import { DEFAULT_LOCALE, isLocale, LOCALES, type Locale } from "./locales";

/** The address a candidate sees for `path` (a locale-free path such as "/jobs/x") in `locale`. */
export function localizedPath(locale: Locale, path: string): string {
  if (locale === DEFAULT_LOCALE) return path;
  return path === "/" ? `/${locale}` : `/${locale}${path}`;
}

/** The query parameter of the language switcher's links (?lang=de). */
export const LOCALE_PARAM = "lang";

/**
 * The language switcher's link to `path` (which may carry a query) in `locale`: its address in
 * that language plus ?lang=, so proxy.ts remembers the choice in the cookie and redirects to the
 * clean address. Without the parameter the cookie of an earlier choice would send /jobs/x back
 * to /de/jobs/x.
 */
export function switchLocalePath(locale: Locale, path: string): string {
  const address = localizedPath(locale, path);
  return `${address}${address.includes("?") ? "&" : "?"}${LOCALE_PARAM}=${locale}`;
}

/** "/de/jobs/x" → { locale: "de", path: "/jobs/x" }; a path without a locale prefix → locale null. */
export function splitLocalePrefix(pathname: string): { locale: Locale | null; path: string } {
  const end = pathname.indexOf("/", 1);
  const first = end === -1 ? pathname.slice(1) : pathname.slice(1, end);
  if (!isLocale(first)) return { locale: null, path: pathname };
  return { locale: first, path: end === -1 ? "/" : pathname.slice(end) };
}

/**
 * The candidate pages that come in every language: the careers home, the postings and the apply
 * pages. The status-link pages (/applications/…), the feeds and the staff side keep their one URL.
 */
export function isLocalizedPagePath(path: string): boolean {
  return path === "/" || path.startsWith("/jobs/") || path.startsWith("/home/");
}

/** `path` in every language, for hreflang alternates. */
export function alternatePaths(path: string): Record<Locale, string> {
  return Object.fromEntries(LOCALES.map((locale) => [locale, localizedPath(locale, path)])) as Record<Locale, string>;
}
