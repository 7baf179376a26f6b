import { trackingFromSearchParams, type Tracking } from "@/lib/applications/tracking";

// The posting page remembers the site the candidate came from: on the apply page the
// referrer is the posting itself.
const LANDING_REFERRER_KEY = "trellis:landing-referrer";

/** The referring site's host when it is another site; only the host, never the full address. */
function externalReferrerHost(): string | undefined {
  try {
    const host = document.referrer ? new URL(document.referrer).host : "";
    return host && host !== window.location.host ? host : undefined;
  } catch {
    // An unparsable referrer is simply not recorded.
    return undefined;
  }
}

/** Called on the posting page before going to the apply page. */
export function rememberLandingReferrer(): void {
  const host = externalReferrerHost();
  try {
    if (host) window.sessionStorage.setItem(LANDING_REFERRER_KEY, host);
  } catch {
    // Storage may be off (private mode); the referrer is then not recorded.
  }
}

function rememberedReferrerHost(): string | undefined {
  try {
    return window.sessionStorage.getItem(LANDING_REFERRER_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

/** Where the candidate came from: the apply link's tracking parameters and the referring site's host. */
export function readTracking(): Tracking | undefined {
  return trackingFromSearchParams(new URLSearchParams(window.location.search), externalReferrerHost() ?? rememberedReferrerHost());
}
