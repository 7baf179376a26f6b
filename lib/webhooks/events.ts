// The webhook event types, in the order admins see them. Plain data: forms import it too.

export const WEBHOOK_EVENT_TYPES = [
  "application.created",
  "application.stage_changed",
  "application.rejected",
  "application.hired",
  "offer.accepted",
  "candidate.erased",
] as const;

export type WebhookEventType = (typeof WEBHOOK_EVENT_TYPES)[number];

/** The body's `version`: raised only when a field changes meaning or goes away. */
export const WEBHOOK_PAYLOAD_VERSION = 1;
