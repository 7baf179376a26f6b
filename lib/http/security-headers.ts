// The security headers proxy.ts adds per request: the Content-Security-Policy (docs/decisions/
// 0010) and HSTS. The fixed ones are in next.config.js. No server-only import: the proxy uses it.
import type { Env } from "@/lib/env";

const TWO_YEARS_SECONDS = 2 * 365 * 24 * 60 * 60;
// Route handlers that set a policy of their own: a resume must be framable by the profile page.
const OWN_POLICY = /^\/hiring\/applications\/[^/]+\/documents\//;

export type RequestSecurityHeaders = {
  /** The policy for Next.js to read its nonce from, as a request header; none for prerendered pages. */
  requestPolicy?: string;
  /** The nonce in that policy, for a page's own <Script nonce> (request header x-nonce). */
  nonce?: string;
  responseHeaders: Record<string, string>;
};

/** The headers for one request to `pathname`. */
export function requestSecurityHeaders(pathname: string, env: Pick<Env, "NODE_ENV" | "APP_URL" | "AUTH_OIDC_ISSUER">, nonce = createNonce()): RequestSecurityHeaders {
  const options = {
    development: env.NODE_ENV === "development",
    https: new URL(env.APP_URL).protocol === "https:",
    formTargets: env.AUTH_OIDC_ISSUER ? [new URL(env.AUTH_OIDC_ISSUER).origin] : [],
  };
  const responseHeaders: Record<string, string> = {};
  // Only over https and not on a development server, where it would pin localhost to https.
  if (options.https && env.NODE_ENV === "production") responseHeaders["Strict-Transport-Security"] = `max-age=${TWO_YEARS_SECONDS}; includeSubDomains`;
  if (OWN_POLICY.test(pathname)) return { responseHeaders };
  if (isPrerenderedPage(pathname)) return { responseHeaders: { ...responseHeaders, "Content-Security-Policy": prerenderedContentSecurityPolicy(options) } };
  const policy = nonceContentSecurityPolicy(nonce, options);
  return { requestPolicy: policy, nonce, responseHeaders: { ...responseHeaders, "Content-Security-Policy": policy } };
}

type PolicyOptions = {
  /** `next dev`: React rebuilds server error stacks with eval. */
  development: boolean;
  /** APP_URL is https: ask the browser to fetch nothing over plain http. */
  https: boolean;
  /** Single sign-on's issuer, where the sign-in form may send the browser. */
  formTargets?: readonly string[];
};

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
  return serialize(`'nonce-${nonce}' 'strict-dynamic'`, options);
}

/**
 * Pages served as prerendered HTML (the job postings): that HTML is the same for every visitor,
 * so it cannot carry a per-request nonce, and Next.js's inline bootstrap scripts differ per
 * page and per build, so no fixed hash list fits. They allow inline scripts but nothing else
 * the strict policy refuses; their only outside text is staff-written (Markdown sanitized on
 * render, titles and summaries escaped by React).
 */
export function prerenderedContentSecurityPolicy(options: PolicyOptions): string {
  return serialize("'unsafe-inline'", options);
}

function serialize(scriptSources: string, { development, https, formTargets = [] }: PolicyOptions): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' ${scriptSources}${development ? " 'unsafe-eval'" : ""}`,
    // Styles may be inline: React writes style attributes and Radix's dialogs add a <style>
    // element; neither runs code, and a nonce cannot reach either.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    // The candidate profile frames resumes (PDF) from the document route.
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    ["form-action 'self'", ...formTargets].join(" "),
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ];
  return directives.join("; ");
}

/**
 * The prerendered pages that run scripts: job postings (/jobs/{slug}) and the cached careers home
 * (/home/all, which proxy.ts serves for `/` without a search; docs/decisions/0022).
 */
export function isPrerenderedPage(pathname: string): boolean {
  // The bench's baseline is prerendered too: with a nonce policy its own scripts would be refused.
  return /^\/(jobs|home)\/[^/]+\/?$/.test(pathname) || /^\/bench-baseline\/?$/.test(pathname);
}
