"use client";
import { useParams } from "next/navigation";
import type { ReactNode } from "react";
import { DEFAULT_LOCALE, isLocale } from "@/i18n/locales";

/**
 * The <html> element with the page's language: the [locale] of a candidate page
 * (app/(careers)/[locale]), English everywhere else (staff pages, status links). Read from the
 * route's params, which a cached page knows when it is rendered, so the root layout reads no
 * request header and the candidate pages stay static (docs/decisions/0041).
 */
export function DocumentHtml({ children }: { children: ReactNode }) {
  const { locale } = useParams<{ locale?: string }>() ?? {};
  return <html lang={isLocale(locale) ? locale : DEFAULT_LOCALE}>{children}</html>;
}
