// The Content-Security-Policy, written in one place for the two that send it (docs/decisions/
// 0010): proxy.ts, for pages rendered per request (a nonce), and the cache handler, for cached
// pages (the hashes of the inline scripts their HTML carries). Plain JavaScript because Next.js
// loads the cache handler at run time, untranspiled (lib/cache/revalidation-sync-cache-handler.js).
import { createHash } from "node:crypto";
import { scriptElements } from "./html-scripts.js";

/**
 * @typedef {object} PolicyOptions
 * @property {boolean} development `next dev`: React rebuilds server error stacks with eval.
 * @property {boolean} https APP_URL is https: ask the browser to fetch nothing over plain http.
 * @property {readonly string[]} [formTargets] Single sign-on's issuer, where the sign-in form may send the browser.
 */

/**
 * The policy with the given script sources besides 'self'. Nothing here allows inline scripts
 * as such: a page's own inline scripts run by its nonce or their hashes.
 * @param {string} scriptSources
 * @param {PolicyOptions} options
 * @returns {string}
 */
export function serializePolicy(scriptSources, { development, https, formTargets = [] }) {
  const directives = [
    "default-src 'self'",
    `script-src 'self'${scriptSources ? ` ${scriptSources}` : ""}${development ? " 'unsafe-eval'" : ""}`,
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
 * The options as the environment sets them, read where lib/env.ts cannot be (the cache handler);
 * the same defaults.
 * @param {Record<string, string | undefined>} env
 * @returns {PolicyOptions}
 */
export function policyOptionsFromEnv(env) {
  return {
    development: (env.NODE_ENV ?? "development") === "development",
    https: new URL(env.APP_URL ?? "http://localhost:3000").protocol === "https:",
    formTargets: env.AUTH_OIDC_ISSUER ? [new URL(env.AUTH_OIDC_ISSUER).origin] : [],
  };
}

/**
 * The CSP hash sources ('sha256-…') of the inline scripts the browser would run from `html`
 * (Next.js's bootstrap and React's payload, `self.__next_f.push(…)`); not external scripts nor
 * data blocks such as JSON-LD.
 * @param {string} html
 * @returns {string[]}
 */
export function inlineScriptHashes(html) {
  const hashes = new Set();
  for (const script of scriptElements(html)) {
    if (!script.runs || script.src !== undefined) continue;
    // The browser hashes the text after its parser turned CR LF and CR into LF.
    hashes.add(`'sha256-${createHash("sha256").update(script.text.replace(/\r\n?/g, "\n"), "utf8").digest("base64")}'`);
  }
  return [...hashes];
}

/**
 * The policy of a cached page: its HTML is the same for every visitor, so it cannot carry a
 * per-request nonce; the hashes of exactly the inline scripts it carries take the nonce's place.
 * @param {string} html
 * @param {PolicyOptions} options
 * @returns {string}
 */
export function cachedPagePolicy(html, options) {
  return serializePolicy(inlineScriptHashes(html).join(" "), options);
}
