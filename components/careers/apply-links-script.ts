// The posting page's one script (docs/decisions/0053). The page is static HTML without React,
// so its apply links learn here what only the browser knows: the address the posting was opened
// with (its utm_*, referral and agency parameters go on to the apply page) and the site the
// candidate came from (remembered for the application form). Without it the links still lead to
// the apply page. Served by app/(careers)/apply-links.js/route.ts as source text: each function
// is sent with Function.prototype.toString, so it uses nothing but its arguments and the
// browser's globals.
import { createHash } from "node:crypto";
import { LANDING_REFERRER_KEY, externalReferrerHost } from "@/components/application-form/landing-referrer";
import { TRACKING_PARAMS, withTrackingParams } from "@/lib/submissions/tracking-params";

/** Marks the links the script carries the posting link's context to. */
export const APPLY_LINK_ATTRIBUTE = "data-apply-link";

/** Where app/(careers)/apply-links.js/route.ts serves the script. */
const APPLY_LINKS_SCRIPT_PATH = "/apply-links.js";

function wireApplyLinks(
  carry: typeof withTrackingParams,
  referrerHost: typeof externalReferrerHost,
  params: readonly string[],
  referrerKey: string,
  attribute: string,
): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>(`a[${attribute}]`)) {
    link.href = carry(link.getAttribute("href") ?? "", window.location.search, params);
    link.addEventListener("click", () => {
      const host = referrerHost();
      try {
        if (host) window.sessionStorage.setItem(referrerKey, host);
      } catch {
        // Storage may be off (private mode); the referrer is then not recorded.
      }
    });
  }
}

/** The script's text: wireApplyLinks called with its helpers and settings. */
export function applyLinksScript(): string {
  const helpers = [withTrackingParams, externalReferrerHost].map(String);
  const settings = [TRACKING_PARAMS, LANDING_REFERRER_KEY, APPLY_LINK_ATTRIBUTE].map((value) => JSON.stringify(value));
  return `(${String(wireApplyLinks)})(${[...helpers, ...settings].join(", ")});\n`;
}

/**
 * The address the posting page loads the script from, named by its text: the route is static,
 * so a CDN may keep it for a year, and a page from a newer build must not get an older script.
 */
export function applyLinksScriptSrc(): string {
  const version = createHash("sha256").update(applyLinksScript()).digest("hex").slice(0, 12);
  return `${APPLY_LINKS_SCRIPT_PATH}?v=${version}`;
}
