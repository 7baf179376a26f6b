import type { Metadata } from "next";

/** Pages whose URL holds a private status token: never indexed, never sent on as a Referer. */
export const STATUS_LINK_METADATA = { robots: { index: false, follow: false }, referrer: "no-referrer" } as const satisfies Metadata;
