// The security headers proxy.ts adds per request: the Content-Security-Policy (docs/decisions/
// 0010) and HSTS. The fixed ones are in next.config.js. No server-only import: the proxy uses it.
import type { Env } from "@/lib/env";
import { policyOptionsFromEnv, serializePolicy, type PolicyOptions } from "./content-security-policy.js";

const TWO_YEARS_SECONDS = 2 * 365 * 24 * 60 * 60;
// Route handlers that set a policy of their own: a resume must be framable by the profile page.
const OWN_POLICY = /^\/hiring\/applications\/[^/]+\/documents\//;

export type RequestSecurityHeaders = {
  /** The policy for Next.js to read its nonce from, as a request header; none for cached pages. */
  requestPolicy?: string;
  /** The nonce in that policy, for a page's own <Script nonce> (request header x-nonce). */
  nonce?: string;
  responseHeaders: Record<string, string>;
};

/** The headers for one request to `pathname`. */
export function requestSecurityHeaders(
  pathname: string,
  env: Pick<Env, "NODE_ENV" | "APP_URL" | "AUTH_OIDC_ISSUER">,
  nonce?: string,
): RequestSecurityHeaders {
  const options = policyOptionsFromEnv(env);
  const responseHeaders: Record<string, string> = {};
  // Only over https and not on a development server, where it would pin localhost to https.
  if (options.https && env.NODE_ENV === "production")
    responseHeaders["Strict-Transport-Security"] = `max-age=${TWO_YEARS_SECONDS}; includeSubDomains`;
  if (OWN_POLICY.test(pathname)) return { responseHeaders };
  // A cached page's policy is kept with its cached HTML, by the cache handler: the hashes of the
  // inline scripts that HTML carries (lib/cache/revalidation-sync-cache-handler.js). A second
  // policy from here would be enforced beside it. `next dev` caches nothing and renders every
  // page per request: there it gets a nonce like any other page.
  if (isCachedPage(pathname) && !options.development) return { responseHeaders };
  // Drawn only here: the proxy runs on every cached page too, where a nonce would be thrown away
  // (drawing one cost about 45 µs of the server's time per request in a profile of 2026-12-07).
  const fresh = nonce ?? createNonce();
  const policy = nonceContentSecurityPolicy(fresh, options);
  return {
    requestPolicy: policy,
    nonce: fresh,
    responseHeaders: { ...responseHeaders, "Content-Security-Policy": policy },
  };
}

/** A fresh, unguessable nonce (128 random bits) for one response. */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Buffer.from(bytes).toString("base64");
}

/**
 * Pages rendered per request: only scripts carrying this response's nonce run ('strict-dynamic'
 * lets them load Next.js's chunks), so a script injected into the page never does.
 */
export function nonceContentSecurityPolicy(nonce: string, options: PolicyOptions): string {
  return serializePolicy(`'nonce-${nonce}' 'strict-dynamic'`, options);
}

/**
 * The pages served from Next.js's cache: job postings (/jobs/{slug}) and the cached careers home
 * (/home/all, which proxy.ts serves for `/` without a search; docs/decisions/0022), static HTML
 * whose one script is external (docs/decisions/0053); and the bench's prerendered baseline.
 */
export function isCachedPage(pathname: string): boolean {
  // The bench's baseline is prerendered too.
  return /^\/(jobs|home)\/[^/]+\/?$/.test(pathname) || /^\/bench-baseline\/?$/.test(pathname);
}
