import type { Metadata } from "next";

/**
 * Pages whose URL holds a private status token: never indexed, and the URL never sent to another
 * site as a Referer. "same-origin" rather than "no-referrer": under "no-referrer" a browser sends
 * `Origin: null` with a plain form post, and the page's own forms would fail the origin check.
 */
export const STATUS_LINK_METADATA = {
  robots: { index: false, follow: false },
  referrer: "same-origin",
} as const satisfies Metadata;
