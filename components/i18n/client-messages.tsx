import { NextIntlClientProvider } from "next-intl";
import type { ReactNode } from "react";
import type { Locale } from "@/i18n/locales";
import { loadMessages } from "@/i18n/messages";
import { pickMessages } from "@/i18n/pick-messages";

type ClientMessagesProps = {
  locale: Locale;
  /** The namespaces ("apply") or groups ("careers.list") the client components inside read. */
  pick: readonly string[];
  children: ReactNode;
};

/**
 * How a candidate page gives its client components their messages (docs/decisions/0041): the
 * server component that renders a client component calling useTranslations wraps that component
 * in this, naming only what it and its children read; a client component that needs no messages
 * gets its text as props or children. Never in the layout of cached public pages: a provider's
 * messages are written into the HTML of every page below it (React's payload), so one in
 * app/(careers)/[locale]/layout.tsx put the whole application form's messages into every posting
 * and the careers home (issue 16). The status-link pages, private and each with its forms, share
 * theirs in their layout.
 */
export async function ClientMessages({ locale, pick, children }: ClientMessagesProps) {
  const messages = pickMessages(await loadMessages(locale), pick);
  return (
    // UTC as in i18n/request.ts: the server and the browser format dates alike.
    <NextIntlClientProvider locale={locale} messages={messages} timeZone="UTC">
      {children}
    </NextIntlClientProvider>
  );
}
