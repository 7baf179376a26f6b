// What proxy.ts does with a request for a candidate page (docs/decisions/0041). No server-only
// import: proxy.ts uses it. Cheap on purpose: string checks and, on an unprefixed page without a
// language cookie, one pass over Accept-Language.
import { careersHomeRewrite } from "@/lib/jobs/careers-home-route";
import { isLocalizedPagePath, LOCALE_PARAM, localizedPath, splitLocalePrefix } from "./locale-paths";
import { DEFAULT_LOCALE, isLocale, type Locale } from "./locales";
import { negotiateLocale } from "./negotiate-locale";

export type LocaleRequest = {
  method: string;
  pathname: string;
  searchParams: URLSearchParams;
  /** The LOCALE_COOKIE value, if any. */
  cookie: string | undefined;
  acceptLanguage: string | null;
};

export type LocaleRoute =
  /** Not a candidate page in several languages: proxy.ts goes on as before. */
  | { kind: "other" }
  /** Another address (the preferred language's, or the chosen one), with its query. */
  | { kind: "redirect"; location: string; rememberLocale?: Locale }
  | {
      kind: "render";
      locale: Locale;
      /** The app route that renders it: /en/jobs/x for /jobs/x, /de/home/all for /de. */
      renderPath: string;
      /** The page without its language (/jobs/x, /home/all): what the security headers go by. */
      pagePath: string;
    };

export function localeRoute(request: LocaleRequest): LocaleRoute {
  const { locale: prefix, path } = splitLocalePrefix(request.pathname);
  if (!isLocalizedPagePath(path)) return { kind: "other" };
  const cookie = isLocale(request.cookie) ? request.cookie : undefined;
  const pageView = request.method === "GET" || request.method === "HEAD";
  // The language switcher's link (?lang=de): remember the choice, then the clean address. Only
  // redirects set the cookie, so a cached page's response never carries one.
  const chosen = request.searchParams.get(LOCALE_PARAM);
  if (pageView && isLocale(chosen)) {
    const query = new URLSearchParams(request.searchParams);
    query.delete(LOCALE_PARAM);
    return {
      kind: "redirect",
      location: withQuery(localizedPath(chosen, path), query),
      rememberLocale: cookie === chosen ? undefined : chosen,
    };
  }
  // A prefixed address is served as it is: /de/… is German; /en/… is where proxy.ts itself
  // rewrites English pages to, so whoever asks for it by name gets English, not a redirect.
  if (prefix) return render(prefix, path, request.searchParams);
  const preferred = cookie ?? negotiateLocale(request.acceptLanguage);
  // Only a page view moves: a form post to an unprefixed address is answered where it was sent.
  if (preferred !== DEFAULT_LOCALE && pageView)
    return { kind: "redirect", location: withQuery(localizedPath(preferred, path), request.searchParams) };
  return render(DEFAULT_LOCALE, path, request.searchParams);
}

function render(locale: Locale, path: string, searchParams: URLSearchParams): LocaleRoute {
  const pagePath = careersHomeRewrite(path, searchParams) ?? path;
  return { kind: "render", locale, renderPath: `/${locale}${pagePath === "/" ? "" : pagePath}`, pagePath };
}

function withQuery(path: string, query: URLSearchParams): string {
  const search = query.toString();
  return search ? `${path}?${search}` : path;
}
