// next-intl's request config (wired by the plugin in next.config.js). Every candidate page calls
// setRequestLocale(locale) from its [locale] param first, so this never reads request headers and
// the cached pages stay static (docs/decisions/0041).
import { getRequestConfig } from "next-intl/server";
import { DEFAULT_LOCALE, isLocale } from "./locales";
import { loadMessages } from "./messages";

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = isLocale(requested) ? requested : DEFAULT_LOCALE;
  // Dates print in UTC, as lib/format/dates.ts does: the server and the browser must agree.
  return { locale, messages: await loadMessages(locale), timeZone: "UTC" };
});
