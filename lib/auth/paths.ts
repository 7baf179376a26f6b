// Staff sign-in URLs, shared by the proxy, the pages and the session helpers. No server-only
// import: proxy.ts uses it too.
import { STAFF_JOBS_PATH } from "@/lib/paths/jobs";

export const SIGN_IN_PATH = "/hiring/sign-in";
export const CHECK_EMAIL_PATH = "/hiring/sign-in/check-email";
export const SIGN_IN_ERROR_PATH = "/hiring/sign-in/error";
export const STAFF_HOME_PATH = STAFF_JOBS_PATH;

/** The request header in which proxy.ts tells server components the path being rendered. */
export const CURRENT_PATH_HEADER = "x-trellis-path";

/**
 * Auth.js's session cookie: `__Secure-` prefixed when the app runs on https (AUTH_URL/APP_URL),
 * plain on http (local development, the e2e server).
 */
export const SESSION_COOKIE_NAMES = ["authjs.session-token", "__Secure-authjs.session-token"] as const;

/**
 * Where to send someone after sign-in: only a path inside the staff area, so the callback URL
 * can never be turned into an open redirect.
 */
export function safeStaffPath(value: string | null | undefined): string {
  if (!value || !value.startsWith("/hiring") || value.startsWith("//") || value.includes("\\")) return STAFF_HOME_PATH;
  const path = value.split(/[?#]/, 1)[0] ?? "";
  if (path !== "/hiring" && !path.startsWith("/hiring/")) return STAFF_HOME_PATH;
  if (path === SIGN_IN_PATH || path.startsWith(`${SIGN_IN_PATH}/`)) return STAFF_HOME_PATH;
  return value;
}

export function signInPath(callbackPath?: string | null): string {
  const target = safeStaffPath(callbackPath);
  // The staff home (and /hiring, which leads there) is where sign-in goes anyway.
  if (target === STAFF_HOME_PATH || target === "/hiring") return SIGN_IN_PATH;
  return `${SIGN_IN_PATH}?${new URLSearchParams({ callbackUrl: target })}`;
}

export function isPublicStaffPath(pathname: string): boolean {
  return pathname === SIGN_IN_PATH || pathname.startsWith(`${SIGN_IN_PATH}/`);
}
