// Which language a rejection email goes out in, said in the dialog beside its preview: what staff
// see is what each candidate is sent (lib/email-templates/template-version.ts decides).
import { DEFAULT_LOCALE, isLocale } from "@/i18n/locales";
import {
  isTemplateText,
  templateVersionFor,
  type TemplateWithTranslations,
} from "@/lib/email-templates/template-version";
import { LANGUAGE_LABELS } from "@/lib/languages/labels";

type EmailText = { subject: string; body: string };

const languageName = (locale: string) => (isLocale(locale) ? LANGUAGE_LABELS[locale] : locale);

/** Null when everyone applied in the default language and so reads the email as shown. */
export function emailLanguageNote({
  written,
  template,
  recipientLocales,
}: {
  written: EmailText;
  template: TemplateWithTranslations | null;
  recipientLocales: string[];
}): string | null {
  const counts = new Map<string, number>();
  for (const locale of recipientLocales) counts.set(locale, (counts.get(locale) ?? 0) + 1);
  const others = [...counts.keys()].filter((locale) => locale !== DEFAULT_LOCALE).sort();
  if (others.length === 0) return null;
  const single = recipientLocales.length === 1;

  // The template's text, unedited, goes to each in their language; edited text goes as written.
  if (!template || !isTemplateText(written, template)) {
    const name = languageName(others[0]!);
    return single
      ? `Sent as you wrote it: this candidate applied in ${name}, and text you write or edit is not translated.`
      : `Sent as you wrote it to everyone, including those who applied in ${others.map(languageName).join(" or ")}: text you write or edit is not translated.`;
  }
  if (single) {
    const applied = recipientLocales[0]!;
    const sent = templateVersionFor(template, applied).language;
    return sent === applied
      ? `Sent in ${languageName(sent)}: this candidate applied in ${languageName(applied)}.`
      : `Sent in ${languageName(sent)}: this candidate applied in ${languageName(applied)}, and this template has no ${languageName(applied)} version.`;
  }
  const parts = others.map((locale) => {
    const count = counts.get(locale)!;
    const who = `${count} ${count === 1 ? "candidate" : "candidates"} applied in ${languageName(locale)}`;
    const sent = templateVersionFor(template, locale).language;
    return sent === locale
      ? `${who}: they get this template's ${languageName(locale)} version`
      : `${who}: this template has no ${languageName(locale)} version, so they get the text shown`;
  });
  return `${parts.join("; ")}. Everyone else gets the text shown. If you edit it, everyone gets your text as written.`;
}
