// The tracking parameters a posting link carries on to the apply page. Kept apart from
// ./tracking (which validates them with zod): the posting page's script is built from this.
export const UTM_KEYS = ["utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content"] as const;
/** Query parameters of a posting link that are carried on to the apply page. */
export const TRACKING_PARAMS = [...UTM_KEYS, "source", "referrer", "agency"] as const;

/**
 * The apply page's address with the posting link's tracking parameters (`params`, and nothing
 * else) carried over. Also sent to the posting page as its source text
 * (components/careers/candidate-page-script.tsx): it uses nothing but its arguments.
 */
export function withTrackingParams(applyPath: string, search: string, params: readonly string[]): string {
  const from = new URLSearchParams(search);
  const carried = new URLSearchParams();
  for (const key of params) {
    const value = from.get(key);
    if (value) carried.set(key, value);
  }
  const query = carried.toString();
  return query ? `${applyPath}?${query}` : applyPath;
}
