import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CareersHeader } from "@/components/careers/careers-header";
import { MainContent } from "@/components/ui/main-content";
import { localizedPath } from "@/i18n/locale-paths";
import type { Locale } from "@/i18n/locales";

export async function JobClosedNotice({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "apply.closed" });
  return (
    <>
      <CareersHeader organizationName={null} locale={locale} />
      <MainContent>
        <div className="mx-auto max-w-3xl px-4 py-12">
          <h1 className="mb-4 text-3xl font-bold text-slate-900">{t("heading")}</h1>
          <p className="mb-6 text-lg text-slate-800">{t("text")}</p>
          <Link href={localizedPath(locale, "/")} className="text-blue-800 underline">
            {t("link")}
          </Link>
        </div>
      </MainContent>
    </>
  );
}
