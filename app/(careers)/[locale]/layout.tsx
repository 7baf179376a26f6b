import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { CareersFooter } from "@/components/careers/careers-footer";
import { isLocale } from "@/i18n/locales";

// The candidate pages in each language (docs/decisions/0041): /jobs/x is served from /en/jobs/x
// by proxy.ts, /de/jobs/x is itself. Each page renders its own header (it names the employer).
// No translation provider here: a client component that translates gets only the messages it
// reads from <ClientMessages> where it is rendered (components/i18n/client-messages.tsx).
type LocaleLayoutProps = { children: ReactNode; params: Promise<{ locale: string }> };

export default async function LocaleLayout({ children, params }: LocaleLayoutProps) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  return (
    <>
      {children}
      <CareersFooter locale={locale} />
    </>
  );
}
