import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
const LOOPBACK_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

/**
 * Refuses a state-changing request that another site's page made the browser send (cross-site
 * request forgery): its Origin, or its Referer when a browser sent no Origin, must be this
 * app's public address (APP_URL). A request carrying neither is refused too: browsers send
 * Origin with every POST, so only a scripted client omits both, and such a client has no
 * cookies of the victim to abuse. Server actions get the same check from Next.js itself;
 * Auth.js's own routes check their CSRF token; the Job Board API is meant for other sites and
 * is authenticated by its API key, never by a cookie.
 */
export function assertSameOrigin(request: Request, appUrl = getEnv().APP_URL): void {
  if (SAFE_METHODS.has(request.method.toUpperCase())) return;
  const claimed = request.headers.get("origin") ?? referrerOrigin(request.headers.get("referer"));
  if (claimed && sameOrigin(claimed, new URL(appUrl))) return;
  throw new AppError(
    "FORBIDDEN",
    "This request did not come from a Trellis page, so it was refused. Reload the page and try again.",
  );
}

function referrerOrigin(referer: string | null): string | null {
  if (!referer) return null;
  try {
    return new URL(referer).origin;
  } catch {
    return null;
  }
}

function sameOrigin(claimed: string, app: URL): boolean {
  let url: URL;
  try {
    // "null" (a sandboxed frame, a data: URL) parses to nothing usable and is refused.
    url = new URL(claimed);
  } catch {
    return false;
  }
  if (url.origin === app.origin) return true;
  // http://127.0.0.1:3000 and http://localhost:3000 are the same local server; a browser on
  // this machine may open either while APP_URL names one.
  return (
    url.protocol === app.protocol &&
    url.port === app.port &&
    LOOPBACK_HOSTS.has(url.hostname) &&
    LOOPBACK_HOSTS.has(app.hostname)
  );
}
