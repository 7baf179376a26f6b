import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/locales";

/**
 * Said beside a legal text shown in English on a page in another language, because that language
 * has no version of it in force (docs/decisions/0042). Nothing when the languages match.
 */
export async function LegalFallbackNotice({ shown, locale }: { shown: string; locale: Locale }) {
  if (shown === locale) return null;
  const t = await getTranslations({ locale, namespace: "legal" });
  return (
    <p className="rounded-md border-l-4 border-info bg-info-soft px-4 py-3 text-ink" data-testid="legal-fallback">
      {t("fallbackNotice")}
    </p>
  );
}
