const UTM_KEYS = ["utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content"] as const;

/** Where the candidate came from: utm_* parameters of the page and the referring site's host. */
export function readTracking(): Record<string, string> | undefined {
  const params = new URLSearchParams(window.location.search);
  const tracking: Record<string, string> = {};
  for (const key of UTM_KEYS) {
    const value = params.get(key);
    if (value) tracking[key] = value.slice(0, 200);
  }
  try {
    const referrer = document.referrer ? new URL(document.referrer).host : "";
    if (referrer && referrer !== window.location.host) tracking.referrer = referrer.slice(0, 200);
  } catch {
    // An unparsable referrer is simply not recorded.
  }
  return Object.keys(tracking).length > 0 ? tracking : undefined;
}
