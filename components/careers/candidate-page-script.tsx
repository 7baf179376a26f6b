// The static careers pages' one script (docs/decisions/0053): the postings and the careers home
// are HTML without React, so they learn here what only the browser knows. It remembers the site
// the candidate came from (for the application form), and carries the address's utm_*, referral
// and agency parameters to the posting's apply links. Without it the pages still read and lead
// to the apply page. Served by app/(careers)/candidate-page.js/route.ts as source text: each
// function is sent with Function.prototype.toString, so it uses nothing but its arguments and
// the browser's globals.
import { createHash } from "node:crypto";
import {
  LANDING_REFERRER_KEY,
  externalReferrerHost,
  rememberLandingReferrer,
} from "@/components/application-form/landing-referrer";
import { TRACKING_PARAMS, withTrackingParams } from "@/lib/submissions/tracking-params";

/** Marks the links the script carries the page address's tracking parameters to. */
export const APPLY_LINK_ATTRIBUTE = "data-apply-link";

/** Where app/(careers)/candidate-page.js/route.ts serves the script. */
const CANDIDATE_PAGE_SCRIPT_PATH = "/candidate-page.js";

function runCandidatePageScript(
  remember: typeof rememberLandingReferrer,
  referrerHost: typeof externalReferrerHost,
  carry: typeof withTrackingParams,
  referrerKey: string,
  params: readonly string[],
  attribute: string,
): void {
  remember(referrerHost, referrerKey);
  for (const link of document.querySelectorAll<HTMLAnchorElement>(`a[${attribute}]`))
    link.href = carry(link.getAttribute("href") ?? "", window.location.search, params);
}

/** The script's text: runCandidatePageScript called with its helpers and settings. */
export function candidatePageScript(): string {
  const helpers = [rememberLandingReferrer, externalReferrerHost, withTrackingParams].map(String);
  const settings = [LANDING_REFERRER_KEY, TRACKING_PARAMS, APPLY_LINK_ATTRIBUTE].map((value) => JSON.stringify(value));
  return `(${String(runCandidatePageScript)})(${[...helpers, ...settings].join(", ")});\n`;
}

/**
 * The address the static pages load the script from, named by its text: the route is static, so
 * a CDN may keep it for a year, and a page from a newer build must not get an older script.
 */
export function candidatePageScriptSrc(): string {
  const version = createHash("sha256").update(candidatePageScript()).digest("hex").slice(0, 12);
  return `${CANDIDATE_PAGE_SCRIPT_PATH}?v=${version}`;
}

/** The script element of a static careers page, at the end of its body (it reads the links above it). */
export function CandidatePageScript() {
  return <script src={candidatePageScriptSrc()} defer />;
}
