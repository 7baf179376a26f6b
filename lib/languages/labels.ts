import type { Locale } from "@/i18n/locales";

/** The candidate-side languages as staff screens (in English) name them; the switcher uses LOCALE_NAMES. */
export const LANGUAGE_LABELS: Record<Locale, string> = { en: "English", de: "German" };
