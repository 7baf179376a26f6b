// Drives Auth.js (the core under next-auth) in-process with the app's own configuration, as the
// route handler and next-auth's server actions do, without an HTTP server.
import { Auth, raw, skipCSRFCheck } from "@auth/core";
import { buildAuthConfig } from "@/lib/auth/auth-config";
import { testDb } from "./db";

export const TEST_AUTH_SECRET = "integration-test-auth-secret-0123456789abcdef";
export const TEST_ORIGIN = "http://localhost:3000";

type RawResponse = { redirect?: string; cookies?: { name: string; value: string; options?: { expires?: Date } }[] };

function config() {
  // next-auth adds basePath and trustHost from AUTH_URL; the route handler runs with both.
  return {
    ...buildAuthConfig({ db: testDb, secret: TEST_AUTH_SECRET, appUrl: TEST_ORIGIN }),
    basePath: "/api/auth",
    trustHost: true,
    raw,
    skipCSRFCheck,
  } as const;
}

/** What the sign-in form's server action does: ask for a magic link. */
export async function requestMagicLink(email: string, callbackUrl = "/hiring/jobs"): Promise<RawResponse> {
  const request = new Request(`${TEST_ORIGIN}/api/auth/signin/email`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ email, callbackUrl }),
  });
  return (await Auth(request, config())) as unknown as RawResponse;
}

/** Opening the magic link (or any Auth.js GET) with an optional cookie header. */
export async function openAuthUrl(url: string, cookie = ""): Promise<RawResponse> {
  return (await Auth(new Request(url, { headers: { cookie } }), config())) as unknown as RawResponse;
}

export function sessionCookieFrom(response: RawResponse) {
  return response.cookies?.find((cookie) => cookie.name.endsWith("authjs.session-token"));
}
