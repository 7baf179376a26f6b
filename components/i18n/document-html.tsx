"use client";
import { useParams } from "next/navigation";
import type { ReactNode } from "react";
import { MAIN_CONTENT_ID } from "@/components/ui/main-content";
import { DEFAULT_LOCALE, isLocale, type Locale } from "@/i18n/locales";
import german from "@/messages/de/document.json";
import english from "@/messages/en/document.json";

// The root layout's own words, for every page (outside any translation provider).
const DOCUMENT_TEXT: Record<Locale, typeof english> = { en: english, de: german };

/** The page's language: the [locale] of a candidate page (app/(careers)/[locale]), English elsewhere. */
function usePageLocale(): Locale {
  const { locale } = useParams<{ locale?: string }>() ?? {};
  return isLocale(locale) ? locale : DEFAULT_LOCALE;
}

/**
 * The <html> element with the page's language, read from the route's params, which a cached page
 * knows when it is rendered: the root layout reads no request header and the candidate pages
 * stay static (docs/decisions/0041). Staff pages and status links are English here.
 */
export function DocumentHtml({ children }: { children: ReactNode }) {
  return <html lang={usePageLocale()}>{children}</html>;
}

/** The skip link, in the page's language. */
export function SkipToContent() {
  return (
    <a href={`#${MAIN_CONTENT_ID}`} className="skip-link">
      {DOCUMENT_TEXT[usePageLocale()].skipToContent}
    </a>
  );
}
