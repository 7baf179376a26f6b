import "server-only";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { alternatePaths, localizedPath } from "@/i18n/locale-paths";
import { DEFAULT_LOCALE, isLocale } from "@/i18n/locales";
import { getCareersOrganization } from "@/lib/jobs/public-queries";
import { absoluteUrl } from "@/lib/utils/absolute-url";

/** The careers home's metadata, the same for its cached and its filtered rendering. */
export async function careersHomeMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const requested = (await params).locale;
  const locale = isLocale(requested) ? requested : DEFAULT_LOCALE;
  const [organization, t] = await Promise.all([
    getCareersOrganization(),
    getTranslations({ locale, namespace: "careers.home" }),
  ]);
  const title = organization ? t("metaTitle", { organization: organization.name }) : t("metaTitleWithoutOrganization");
  const description = organization
    ? t("metaDescription", { organization: organization.name })
    : t("metaDescriptionWithoutOrganization");
  // Every filtered view is the same page for search engines.
  const url = absoluteUrl(localizedPath(locale, "/"));
  return {
    title,
    description,
    alternates: { canonical: url, languages: absoluteUrls(alternatePaths("/")) },
    openGraph: { type: "website", title, description, url, siteName: title },
  };
}

/** hreflang alternates: each language's address of a page, absolute. */
export function absoluteUrls(paths: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(paths).map(([locale, path]) => [locale, absoluteUrl(path)]));
}
