// The site a candidate came from, remembered on the careers pages they land on: on the apply page
// the referrer is the posting itself. The static careers pages remember it with their script
// (components/careers/candidate-page-script.ts), the search results with an effect
// (components/careers/job-list.tsx); the application form reads it back.
export const LANDING_REFERRER_KEY = "trellis:landing-referrer";

/**
 * The referring site's host when it is another site; only the host, never the full address.
 * Also sent to the static pages as its source text: it uses nothing but the browser's globals.
 */
export function externalReferrerHost(): string | undefined {
  try {
    const host = document.referrer ? new URL(document.referrer).host : "";
    return host && host !== window.location.host ? host : undefined;
  } catch {
    // An unparsable referrer is simply not recorded.
    return undefined;
  }
}

/**
 * Keeps the host another site sent the candidate from, for this tab. Also sent to the static
 * pages as its source text: it uses nothing but its arguments and the browser's globals.
 */
export function rememberLandingReferrer(referrerHost: () => string | undefined, key: string): void {
  const host = referrerHost();
  try {
    if (host) window.sessionStorage.setItem(key, host);
  } catch {
    // Storage may be off (private mode); the referrer is then not recorded.
  }
}

export function rememberedReferrerHost(): string | undefined {
  try {
    return window.sessionStorage.getItem(LANDING_REFERRER_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}
