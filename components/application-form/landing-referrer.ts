// The site a candidate came from, remembered on the posting page: on the apply page the
// referrer is the posting itself. The posting page's script remembers it
// (components/careers/apply-links-script.ts); the application form reads it back.
export const LANDING_REFERRER_KEY = "trellis:landing-referrer";

/**
 * The referring site's host when it is another site; only the host, never the full address.
 * Also sent to the posting page as its source text: it uses nothing but the browser's globals.
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

export function rememberedReferrerHost(): string | undefined {
  try {
    return window.sessionStorage.getItem(LANDING_REFERRER_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}
