// Shared by the webhook forms (react-hook-form) and their server actions.
import { z } from "zod";
import { storableTextCheck } from "@/lib/validations/storable-text";
import { WEBHOOK_EVENT_TYPES } from "./events";

const id = z
  .string()
  .min(1)
  .max(64)
  .refine(...storableTextCheck());

export const webhookUrlSchema = z
  .string()
  .trim()
  .min(1, "Enter the URL that receives the events.")
  .max(2000, "Keep the URL under 2,000 characters.")
  .refine(...storableTextCheck())
  .refine((value) => URL.canParse(value), "Enter a full URL such as https://hr.example.com/webhooks/trellis.")
  .refine((value) => !URL.canParse(value) || ["http:", "https:"].includes(new URL(value).protocol), {
    message: "Use an http:// or https:// URL.",
  })
  .refine((value) => !URL.canParse(value) || (!new URL(value).username && !new URL(value).password), {
    message: "Leave user names and passwords out of the URL; requests are signed instead.",
  });

export const createWebhookEndpointSchema = z.object({
  url: webhookUrlSchema,
  description: z
    .string()
    .trim()
    .max(200, "Keep the description under 200 characters.")
    .refine(...storableTextCheck()),
  events: z
    .array(z.enum(WEBHOOK_EVENT_TYPES, { error: "Choose from the listed events." }))
    .min(1, "Choose at least one event.")
    .max(WEBHOOK_EVENT_TYPES.length),
});
export type CreateWebhookEndpointInput = z.infer<typeof createWebhookEndpointSchema>;

export const setWebhookEndpointEnabledSchema = z.object({ endpointId: id, enabled: z.boolean() });
export type SetWebhookEndpointEnabledInput = z.infer<typeof setWebhookEndpointEnabledSchema>;

export const redeliverWebhookSchema = z.object({ deliveryId: id });
export type RedeliverWebhookInput = z.infer<typeof redeliverWebhookSchema>;

/** A host name or IP address, as it appears in endpoint URLs (no scheme, port or path). */
export const allowedHostSchema = z.object({
  host: z
    .string()
    .trim()
    .toLowerCase()
    .min(1, "Enter a host name or IP address.")
    .max(253, "That host name is too long.")
    .transform((value) => value.replace(/^\[|\]$/g, ""))
    .refine((value) => /^[a-z0-9.:-]+$/.test(value), "Enter only the host, such as hr.internal or 10.0.0.5."),
});
export type AllowedHostInput = z.infer<typeof allowedHostSchema>;

/** How long the replaced secret keeps signing beside the new one, in hours ("0": it stops at once). */
export const SECRET_OVERLAP_HOURS = ["0", "1", "24", "72", "168"] as const;

export const rotateWebhookSecretSchema = z.object({
  endpointId: id,
  overlapHours: z.enum(SECRET_OVERLAP_HOURS, { error: "Choose how long the old secret keeps signing." }),
});
export type RotateWebhookSecretInput = z.infer<typeof rotateWebhookSecretSchema>;

export const endSecretOverlapSchema = z.object({ endpointId: id });
export type EndSecretOverlapInput = z.infer<typeof endSecretOverlapSchema>;
