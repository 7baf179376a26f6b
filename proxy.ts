// Runs before every page and route handler outside /api and Next.js's static files, and before
// /api paths with a percent sign:
// 0. a path that cannot be decoded, or decodes to a control character, or a query with a NUL,
//    is a 400 (lib/http/malformed-path.ts): Next.js would answer a bare 500, or pass the NUL on
//    to a query, which Postgres refuses;
// 1. the security headers that depend on the request (a fresh CSP nonce; HSTS on https);
// 2. the candidate pages' language (docs/decisions/0041): English at today's addresses, German
//    under /de; an unprefixed page is served from its /en route, or sends a browser whose cookie or
//    Accept-Language prefers German to /de; the careers home without a search goes to its cached
//    rendering (docs/decisions/0022);
// 3. a convenience for staff pages: a browser with no session cookie goes to the sign-in page
//    in one hop. That proves nothing about the cookie; every page, action and route handler
//    checks the session itself (lib/auth/session.ts).
import { NextResponse, type NextRequest } from "next/server";
import { CURRENT_PATH_HEADER, SESSION_COOKIE_NAMES, isPublicStaffPath, signInPath } from "@/lib/auth/paths";
import { hasNulInQuery, isMalformedPath } from "@/lib/http/malformed-path";
import { requestSecurityHeaders } from "@/lib/http/security-headers";
import { getEnv } from "@/lib/env";
import { localeRoute } from "@/i18n/locale-route";
import { LOCALE_COOKIE, type Locale } from "@/i18n/locales";

export function proxy(request: NextRequest) {
  const { pathname, search, searchParams } = request.nextUrl;
  if (isMalformedPath(pathname) || hasNulInQuery(search)) return malformedPathResponse(pathname);
  // The /api paths the matcher lets in only for the check above.
  if (isApiPath(pathname)) return NextResponse.next();
  const route = localeRoute({
    method: request.method,
    pathname,
    searchParams,
    cookie: request.cookies.get(LOCALE_COOKIE)?.value,
    acceptLanguage: request.headers.get("accept-language"),
  });
  // The policy of the page that is rendered: a cached page's HTML cannot carry a nonce.
  const security = requestSecurityHeaders(route.kind === "render" ? route.pagePath : pathname, getEnv());
  // Headers added to the request the page sees. Only when there are some does the response
  // override the request's headers: Next.js then copies every header back and forth (measured
  // 20-30 µs a request, decision 0052), which a cached page has no use for.
  const added = new Map<string, string>();
  // Next.js reads the nonce from the request's policy and puts it on every script it renders.
  if (security.requestPolicy) added.set("content-security-policy", security.requestPolicy);
  if (security.nonce) added.set("x-nonce", security.nonce);
  // Lets requireActorForPage() send an expired session back here after signing in again.
  if (isStaffPath(pathname)) added.set(CURRENT_PATH_HEADER, `${pathname}${search}`);
  const requestInit = withAddedHeaders(request.headers, added);

  let response: NextResponse;
  if (route.kind === "redirect") {
    response = NextResponse.redirect(new URL(route.location, request.url));
  } else if (
    isStaffPath(pathname) &&
    !isPublicStaffPath(pathname) &&
    !SESSION_COOKIE_NAMES.some((name) => request.cookies.has(name))
  ) {
    response = NextResponse.redirect(new URL(signInPath(`${pathname}${search}`), request.url));
  } else if (route.kind === "render" && route.renderPath !== pathname) {
    response = NextResponse.rewrite(new URL(`${route.renderPath}${search}`, request.url), requestInit);
  } else {
    response = NextResponse.next(requestInit);
  }
  if (route.kind === "redirect") rememberLocale(response, route.rememberLocale);
  for (const [name, value] of Object.entries(security.responseHeaders)) response.headers.set(name, value);
  return response;
}

/** The request's headers with `added` set, for NextResponse.next/rewrite; nothing when none are added. */
function withAddedHeaders(headers: Headers, added: Map<string, string>): { request: { headers: Headers } } | undefined {
  if (added.size === 0) return undefined;
  const forwarded = new Headers(headers);
  for (const [name, value] of added) forwarded.set(name, value);
  return { request: { headers: forwarded } };
}

const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

/** The language a candidate chose with the switcher, for their next visit to an unprefixed page. */
function rememberLocale(response: NextResponse, locale: Locale | undefined): void {
  if (locale) response.cookies.set(LOCALE_COOKIE, locale, { path: "/", sameSite: "lax", maxAge: ONE_YEAR_SECONDS });
}

const MALFORMED_PATH_MESSAGE = "This address is malformed: check the link and try again.";

/** JSON for API clients (the Job Board API's error shape), plain text for browsers. */
function malformedPathResponse(pathname: string): NextResponse {
  if (isApiPath(pathname))
    return NextResponse.json({ error: MALFORMED_PATH_MESSAGE, code: "VALIDATION" }, { status: 400 });
  return new NextResponse(MALFORMED_PATH_MESSAGE, {
    status: 400,
    headers: { "content-type": "text/plain; charset=utf-8" },
  });
}

function isApiPath(pathname: string): boolean {
  return pathname.startsWith("/api/");
}

function isStaffPath(pathname: string): boolean {
  return pathname === "/hiring" || pathname.startsWith("/hiring/");
}

export const config = {
  // Pages and staff route handlers; not /api (JSON for other sites and Auth.js) nor static files.
  // Also /api paths with a percent sign, for the malformed-path check alone: Next.js buffers the
  // body of every request the proxy runs on (up to 10 MB, then cut), so ordinary API calls and
  // their uploads skip it. No real API address needs a percent sign.
  matcher: ["/((?!api/|_next/static/|_next/image/|favicon\\.ico$|robots\\.txt$|sitemap\\.xml$).*)", "/api/(.*%.*)"],
};
