// The candidate pages' languages (docs/decisions/0041). No server-only import: proxy.ts and client
// components use it.

export const LOCALES = ["en", "de"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

/** Remembers a candidate's choice of language (set by proxy.ts when they follow the switcher). */
export const LOCALE_COOKIE = "NEXT_LOCALE";

/** Each language's name in itself, for the language switcher. */
export const LOCALE_NAMES: Record<Locale, string> = { en: "English", de: "Deutsch" };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}
