// Which version of a template an application's email is written from (docs/decisions/0042). Pure:
// the reject dialog (browser) shows the version the server will send.
import { DEFAULT_LOCALE, LOCALES, type Locale } from "@/i18n/locales";

// DEFAULT_LOCALE is typed as any Locale, so the default is named here to narrow the type.
export type TranslationLocale = Exclude<Locale, "en">;

/** The languages a template can have a translation in: every candidate locale but the default. */
export const TRANSLATION_LOCALES = LOCALES.filter(
  (locale): locale is TranslationLocale => locale !== DEFAULT_LOCALE,
) as [TranslationLocale, ...TranslationLocale[]];

export type TemplateTranslation = { language: string; subject: string; body: string };

/** What every read of a template that may become an email selects: its text and each translation. */
export const TEMPLATE_VERSIONS_SELECT = {
  subject: true,
  body: true,
  translations: { select: { language: true, subject: true, body: true }, orderBy: { language: "asc" } },
} as const;
export type TemplateWithTranslations = { subject: string; body: string; translations: TemplateTranslation[] };

/**
 * The text to send an application in `locale`: the translation in that language when the template
 * has one, else the template as written (in the default language).
 */
export function templateVersionFor(
  template: TemplateWithTranslations,
  locale: string,
): { subject: string; body: string; language: Locale } {
  const translation = template.translations.find((candidate) => candidate.language === locale);
  if (translation && locale !== DEFAULT_LOCALE) {
    return { subject: translation.subject, body: translation.body, language: translation.language as Locale };
  }
  return { subject: template.subject, body: template.body, language: DEFAULT_LOCALE };
}

type EmailText = { subject: string; body: string };

const normalized = (text: string) => text.replace(/\r\n?/g, "\n").trim();
const sameText = (a: EmailText, b: EmailText) =>
  normalized(a.subject) === normalized(b.subject) && normalized(a.body) === normalized(b.body);

/** Whether `written` is one of the template's versions as saved (staff did not edit it). */
export function isTemplateText(written: EmailText, template: TemplateWithTranslations | null): boolean {
  return template !== null && [template, ...template.translations].some((version) => sameText(version, written));
}

/**
 * What one application is sent when staff send `written`, started from `template` (null: no
 * template). Left as one of the template's versions says it, the email is the template, and each
 * application gets the version in its language; edited, it is staff's own text, sent as written
 * to everyone (what they saw is what is sent), in a language no one recorded (null).
 */
export function emailTextFor({
  written,
  template,
  locale,
}: {
  written: EmailText;
  template: TemplateWithTranslations | null;
  locale: string;
}): EmailText & { language: Locale | null } {
  if (!template || !isTemplateText(written, template)) return { ...written, language: null };
  return templateVersionFor(template, locale);
}
