import { getTranslations } from "next-intl/server";
import { chooseStatusLanguageAction } from "@/app/(careers)/applications/status/language-actions";
import { LOCALES, type Locale } from "@/i18n/locales";

/**
 * The status-link pages' switch to the other language: their address stays the same (it is in
 * sent emails), so the choice is posted and kept in the language cookie (docs/decisions/0042).
 */
export async function StatusLanguageSwitcher({ locale, path }: { locale: Locale; path: string }) {
  const t = await getTranslations({ locale, namespace: "careers.languageSwitcher" });
  const other = LOCALES.find((candidate) => candidate !== locale) ?? locale;
  return (
    <form action={chooseStatusLanguageAction} aria-label={t("label")} className="text-sm">
      <input type="hidden" name="locale" value={other} />
      <input type="hidden" name="returnTo" value={path} />
      <button type="submit" lang={other} className="cursor-pointer text-ink-muted underline hover:text-brand">
        {t("switchTo")}
      </button>
    </form>
  );
}
