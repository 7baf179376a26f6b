import { getTranslations } from "next-intl/server";
import { switchLocalePath } from "@/i18n/locale-paths";
import { LOCALES, type Locale } from "@/i18n/locales";

/**
 * A plain link to this page in the other language: works without JavaScript, and proxy.ts
 * remembers the choice in a cookie when it is followed (docs/decisions/0041).
 */
export async function LanguageSwitcher({ locale, path }: { locale: Locale; path: string }) {
  const t = await getTranslations({ locale, namespace: "careers.languageSwitcher" });
  const other = LOCALES.find((candidate) => candidate !== locale) ?? locale;
  return (
    <nav aria-label={t("label")} className="text-sm">
      {/* A full page load, not a client navigation: the other language is another page and cookie. */}
      <a
        href={switchLocalePath(other, path)}
        hrefLang={other}
        lang={other}
        className="text-ink-muted underline hover:text-brand"
      >
        {t("switchTo")}
      </a>
    </nav>
  );
}
