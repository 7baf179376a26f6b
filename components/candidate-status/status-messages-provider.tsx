import { NextIntlClientProvider } from "next-intl";
import type { ReactNode } from "react";
import type { Locale } from "@/i18n/locales";
import { loadMessages } from "@/i18n/messages";

// What the status-link pages' forms (client components) show, in the page's language.
const CLIENT_NAMESPACES = ["status", "validation"] as const;

export async function StatusMessagesProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  const messages = await loadMessages(locale);
  const shared = Object.fromEntries(
    CLIENT_NAMESPACES.filter((name) => name in messages).map((name) => [name, messages[name]]),
  );
  return (
    <NextIntlClientProvider locale={locale} messages={shared} timeZone="UTC">
      {children}
    </NextIntlClientProvider>
  );
}
