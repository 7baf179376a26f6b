"use client";

import Link from "next/link";
import { useSyncExternalStore, type ReactNode } from "react";
import { rememberLandingReferrer } from "@/components/application-form/landing-referrer";
import { withTrackingParams } from "@/lib/submissions/tracking-params";

const noSubscription = () => () => {};

/**
 * The link to the apply page, carrying the posting link's utm_*, referral and agency parameters:
 * the posting is prerendered HTML, so only the browser knows the address it was opened with.
 */
export function ApplyLink({ href, className, children }: { href: string; className?: string; children: ReactNode }) {
  const search = useSyncExternalStore(
    noSubscription,
    () => window.location.search,
    () => "",
  );
  return (
    <Link href={withTrackingParams(href, search)} className={className} onClick={rememberLandingReferrer}>
      {children}
    </Link>
  );
}
