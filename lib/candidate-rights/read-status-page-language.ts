import "server-only";
import type { Metadata } from "next";
import { cookies, headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { LOCALE_COOKIE, type Locale } from "@/i18n/locales";
import { validationTextIn } from "@/i18n/validation-text";
import { db } from "@/lib/db";
import type { ValidationText } from "@/lib/submissions/validation-text";
import { STATUS_LINK_METADATA } from "./status-link-metadata";
import { statusPageLanguage } from "./status-page-language";
import { findStatusLinkHolder } from "./status-link";

/** What the status-link pages' forms (client components) read, given them by ClientMessages. */
export const STATUS_FORM_MESSAGES = ["status", "validation"] as const;

/**
 * The language of a status-link page for this request (status-page-language.ts): the layout and
 * the page ask once between them. `token` null: a page without an application (the new-link form).
 */
export const readStatusPageLanguage = cache(async (token: string | null): Promise<Locale> => {
  const [cookieStore, headerList] = await Promise.all([cookies(), headers()]);
  return statusPageLanguage({
    cookie: cookieStore.get(LOCALE_COOKIE)?.value,
    acceptLanguage: headerList.get("accept-language"),
    applied: token ? await appliedLanguage(token) : null,
  });
});

async function appliedLanguage(token: string): Promise<string | null> {
  const holder = await findStatusLinkHolder(db, token);
  if (!holder) return null;
  const application = await db.application.findUnique({
    where: { id: holder.applicationId },
    select: { locale: true },
  });
  return application?.locale ?? null;
}

/** A status-link page's metadata: its title (`<namespace>.metaTitle`) in the page's language, never indexed. */
export async function statusPageMetadata(token: string, namespace: string): Promise<Metadata> {
  const t = await getTranslations({ locale: await readStatusPageLanguage(token), namespace });
  return { title: t("metaTitle"), ...STATUS_LINK_METADATA };
}

/**
 * A status-link form's validation messages, for its server action: the language its page was shown
 * in (the same cookie, header and application), so the action's schema speaks it too.
 */
export async function statusPageValidationText(token: string | null): Promise<ValidationText> {
  return validationTextIn(await readStatusPageLanguage(token));
}
