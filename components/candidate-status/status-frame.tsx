import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { CareersFooter } from "@/components/careers/careers-footer";
import { CareersHeader } from "@/components/careers/careers-header";
import { Container } from "@/components/ui/container";
import { MainContent } from "@/components/ui/main-content";
import type { Locale } from "@/i18n/locales";
import { StatusLanguageSwitcher } from "./status-language-switcher";

/**
 * The frame of every status-link page, in the page's language (marked with lang: the document's
 * is English on these one-address pages): the careers header, the language switch, one main, one
 * h1, a way back, the footer.
 */
export async function StatusFrame({
  organizationName,
  locale,
  path,
  title,
  subtitle,
  backHref,
  children,
}: {
  organizationName: string | null;
  locale: Locale;
  /** This page's address, where the language switch comes back to. */
  path: string;
  title: string;
  subtitle?: ReactNode;
  backHref?: string;
  children: ReactNode;
}) {
  const t = await getTranslations({ locale, namespace: "status.frame" });
  return (
    <div lang={locale}>
      <CareersHeader organizationName={organizationName} locale={locale} />
      <MainContent>
        <Container width="narrow" className="space-y-8 py-10">
          <div className="flex flex-wrap items-center justify-between gap-4">
            {backHref ? (
              <p>
                <Link href={backHref} className="text-brand underline">
                  {t("back")}
                </Link>
              </p>
            ) : (
              <span />
            )}
            <StatusLanguageSwitcher locale={locale} path={path} />
          </div>
          <div>
            <h1 className="text-3xl font-bold text-ink">{title}</h1>
            {subtitle && <p className="mt-2 text-lg text-ink">{subtitle}</p>}
          </div>
          {children}
        </Container>
      </MainContent>
      <CareersFooter locale={locale} />
    </div>
  );
}
