import "server-only";
import { readMessages, type Messages } from "./read-messages";
import type { Locale } from "./locales";

// Read once per process in production; `next dev` rereads so edited messages show on reload.
const loaded = new Map<Locale, Promise<Messages>>();

/** A language's messages, for next-intl's request config and for translators outside a request. */
export function loadMessages(locale: Locale): Promise<Messages> {
  if (process.env.NODE_ENV === "development") return readMessages(locale);
  let messages = loaded.get(locale);
  if (!messages) {
    messages = readMessages(locale);
    loaded.set(locale, messages);
    messages.catch(() => loaded.delete(locale));
  }
  return messages;
}
