// Where an application came from, as the candidate's link said: utm_* parameters, the referring
// site's host, and a referral or agency named in the posting link
// (`?source=referral&referrer=<name>`, `?source=agency&agency=<name>`). Shared by the browser
// (reading the link) and the server (the application schema, deriving Application.source).
import { z } from "zod";
import type { ApplicationSource } from "@/lib/generated/prisma/enums";
import { isStorableText } from "./schema-fields";
import { UTM_KEYS } from "./tracking-params";

export { TRACKING_PARAMS, UTM_KEYS, withTrackingParams } from "./tracking-params";

const TRACKING_VALUE_MAX = 200;
const NAME_MAX = 100;

// Stored as JSON (Application.sourceDetail): no control characters or broken Unicode.
const storable = (value: string) => isStorableText(value);
const trackingValue = z.string().max(TRACKING_VALUE_MAX).refine(storable, { message: "This value cannot be stored" });
const channelName = z.string().trim().min(1).max(NAME_MAX).refine(storable, { message: "This name cannot be stored" });

/** The `tracking` part of an application (stored in Application.sourceDetail). */
export const trackingSchema = z
  .object({
    utm_source: trackingValue.optional(),
    utm_medium: trackingValue.optional(),
    utm_campaign: trackingValue.optional(),
    utm_term: trackingValue.optional(),
    utm_content: trackingValue.optional(),
    /** Host of the site the candidate came from (never the full address: it may carry personal data). */
    referrer: trackingValue.optional(),
    source: z.enum(["referral", "agency"]).optional(),
    /** The employee who referred the candidate, as the referral link names them. */
    referredBy: channelName.optional(),
    agency: channelName.optional(),
  })
  .strict()
  .superRefine((value, context) => {
    if (value.referredBy && value.source !== "referral") {
      context.addIssue({ code: "custom", path: ["referredBy"], message: "A referrer goes with source referral" });
    }
    if (value.agency && value.source !== "agency") {
      context.addIssue({ code: "custom", path: ["agency"], message: "An agency goes with source agency" });
    }
  });

export type Tracking = z.output<typeof trackingSchema>;

/**
 * The tracking a link carries. Lenient on purpose: a malformed parameter is left out rather than
 * stopping someone from applying (the server still validates what is sent).
 */
export function trackingFromSearchParams(params: URLSearchParams, referrerHost?: string): Tracking | undefined {
  const tracking: Record<string, string> = {};
  for (const key of UTM_KEYS) {
    const value = params.get(key)?.trim().slice(0, TRACKING_VALUE_MAX);
    if (value && trackingValue.safeParse(value).success) tracking[key] = value;
  }
  if (referrerHost) tracking.referrer = referrerHost.slice(0, TRACKING_VALUE_MAX);
  const source = params.get("source")?.trim().toLowerCase();
  if (source === "referral" || source === "agency") {
    tracking.source = source;
    const name = channelName.safeParse(params.get(source === "referral" ? "referrer" : "agency") ?? "");
    if (name.success) tracking[source === "referral" ? "referredBy" : "agency"] = name.data;
  }
  return Object.keys(tracking).length > 0 ? tracking : undefined;
}

/** The channel an application arrived through, refined by what its link says. */
export function applicationSourceFor(channel: ApplicationSource, tracking: Tracking | undefined): ApplicationSource {
  // A job board's client is the channel whatever it forwards; the careers site learns from the link.
  if (channel !== "CAREERS_SITE") return channel;
  if (tracking?.source === "referral") return "REFERRAL";
  if (tracking?.source === "agency") return "AGENCY";
  return channel;
}

/**
 * What a Job Board API client calls itself: the product name of its User-Agent
 * ("AcmeJobs/2.1 (+https://…)" gives "AcmeJobs"). One API key serves every client, so this is
 * the only name there is; like utm_* it is the sender's word, kept for attribution only.
 */
export function apiClientName(userAgent: string | null): string | undefined {
  const product = userAgent?.trim().split(/[\s/]/, 1)[0];
  const parsed = channelName.safeParse(product ?? "");
  return parsed.success ? parsed.data : undefined;
}
