import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LanguageSwitcher } from "@/components/careers/language-switcher";
import { Container } from "@/components/ui/container";
import { localizedPath } from "@/i18n/locale-paths";
import { DEFAULT_LOCALE, type Locale } from "@/i18n/locales";

type CareersHeaderProps = {
  organizationName: string | null;
  /** The page's language; the status-link pages without one are English. */
  locale?: Locale;
  /** This page's address without its language (/jobs/x), for the language switcher (none: no switcher, the page has one language). */
  path?: string;
};

/** The band above every careers page: whose careers site this is, linking home to all jobs. */
export async function CareersHeader({ organizationName, locale = DEFAULT_LOCALE, path }: CareersHeaderProps) {
  const t = await getTranslations({ locale, namespace: "careers.header" });
  return (
    <header className="border-b border-line bg-surface">
      <Container className="flex min-h-16 flex-wrap items-center justify-between gap-x-6 gap-y-2">
        <Link
          href={localizedPath(locale, "/")}
          className="text-lg font-semibold text-ink no-underline hover:text-brand"
        >
          {organizationName ? t("title", { organization: organizationName }) : t("titleWithoutOrganization")}
        </Link>
        {path !== undefined && <LanguageSwitcher locale={locale} path={path} />}
      </Container>
    </header>
  );
}
