// The site a candidate came from, remembered on the posting page: on the apply page the
// referrer is the posting itself. No zod here: the posting page's apply link imports this.
const LANDING_REFERRER_KEY = "trellis:landing-referrer";

/** The referring site's host when it is another site; only the host, never the full address. */
export function externalReferrerHost(): string | undefined {
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

export function rememberedReferrerHost(): string | undefined {
  try {
    return window.sessionStorage.getItem(LANDING_REFERRER_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}
