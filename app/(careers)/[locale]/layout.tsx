import { notFound } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { CareersFooter } from "@/components/careers/careers-footer";
import { isLocale } from "@/i18n/locales";
import { loadMessages, pickClientMessages } from "@/i18n/messages";

// The candidate pages in each language (docs/decisions/0041): /jobs/x is served from /en/jobs/x
// by proxy.ts, /de/jobs/x is itself. Each page renders its own header (it names the employer).
type LocaleLayoutProps = { children: ReactNode; params: Promise<{ locale: string }> };

export default async function LocaleLayout({ children, params }: LocaleLayoutProps) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const messages = pickClientMessages(await loadMessages(locale));
  return (
    <NextIntlClientProvider locale={locale} messages={messages} timeZone="UTC">
      {children}
      <CareersFooter locale={locale} />
    </NextIntlClientProvider>
  );
}
