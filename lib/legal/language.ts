// Legal texts are versioned per language (FormVersion.language); English is the language every
// text has, shown when the candidate's language has no version in force (docs/decisions/0042).
import { DEFAULT_LOCALE } from "@/i18n/locales";

export const LEGAL_TEXT_FALLBACK_LANGUAGE = DEFAULT_LOCALE;
