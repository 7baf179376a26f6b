import { trackingFromSearchParams, type Tracking } from "@/lib/submissions/tracking";
import { externalReferrerHost, rememberedReferrerHost } from "./landing-referrer";

/** Where the candidate came from: the apply link's tracking parameters and the referring site's host. */
export function readTracking(): Tracking | undefined {
  return trackingFromSearchParams(
    new URLSearchParams(window.location.search),
    externalReferrerHost() ?? rememberedReferrerHost(),
  );
}
