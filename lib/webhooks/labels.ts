// Webhook labels shared by the staff screens.
import type { WebhookDeliveryStatus } from "@/lib/generated/prisma/enums";
import type { Tone } from "@/lib/utils/tone";
import type { WebhookEventType } from "./events";
import type { SECRET_OVERLAP_HOURS } from "./schema";

export const WEBHOOK_EVENT_LABELS: Record<WebhookEventType, string> = {
  "application.created": "Application created",
  "application.stage_changed": "Stage changed",
  "application.rejected": "Rejected or withdrawn",
  "application.hired": "Hired",
  "offer.accepted": "Offer accepted",
  "candidate.erased": "Candidate erased",
};

export const WEBHOOK_DELIVERY_STATUS_LABELS: Record<WebhookDeliveryStatus, string> = {
  PENDING: "Pending",
  SENDING: "Sending",
  DELIVERED: "Delivered",
  FAILED: "Failed",
};

export const WEBHOOK_DELIVERY_STATUS_TONES: Record<WebhookDeliveryStatus, Tone> = {
  PENDING: "info",
  SENDING: "info",
  DELIVERED: "success",
  FAILED: "danger",
};

export const webhookEndpointStateLabel = (endpoint: { enabled: boolean; disabledForFailures: boolean }) =>
  endpoint.enabled ? "Enabled" : endpoint.disabledForFailures ? "Disabled after failures" : "Disabled";

export const SECRET_OVERLAP_LABELS: Record<(typeof SECRET_OVERLAP_HOURS)[number], string> = {
  "0": "No overlap: the old secret stops now",
  "1": "1 hour",
  "24": "1 day",
  "72": "3 days",
  "168": "7 days",
};
