// The language a first visit gets from its Accept-Language header (RFC 9110 §12.5.4): the
// highest-weighted language we have, by its primary subtag (de-AT → de). No server-only import.
import { DEFAULT_LOCALE, isLocale, type Locale } from "./locales";

const MAX_HEADER_LENGTH = 1000;

export function negotiateLocale(acceptLanguage: string | null | undefined): Locale {
  if (!acceptLanguage) return DEFAULT_LOCALE;
  let best: { locale: Locale; weight: number } | null = null;
  for (const part of acceptLanguage.slice(0, MAX_HEADER_LENGTH).split(",")) {
    const [range = "", ...parameters] = part.trim().split(";");
    const primary = (range.trim().split("-")[0] ?? "").toLowerCase();
    const locale = primary === "*" ? DEFAULT_LOCALE : primary;
    if (!isLocale(locale)) continue;
    const weight = qValue(parameters);
    // Equal weights keep the header's order.
    if (weight > 0 && (!best || weight > best.weight)) best = { locale, weight };
  }
  return best?.locale ?? DEFAULT_LOCALE;
}

function qValue(parameters: string[]): number {
  for (const parameter of parameters) {
    const [name, value] = parameter.trim().split("=");
    if (name?.trim().toLowerCase() !== "q") continue;
    const weight = Number(value);
    return Number.isFinite(weight) && weight >= 0 && weight <= 1 ? weight : 0;
  }
  return 1;
}
