import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";

const DELIVERY_LOG_SIZE = 100;

/** What the staff screens show of an endpoint: never a secret, sealed or not. */
const ENDPOINT_SELECT = {
  id: true,
  url: true,
  description: true,
  events: true,
  enabled: true,
  disabledForFailures: true,
} as const;

/** The endpoints, never their secrets (shown once, on creation or rotation). */
export async function listWebhookEndpoints({ actor }: { actor: Actor }) {
  assertCan(actor, "webhook.manage");
  const [endpoints, allowedHosts] = await Promise.all([
    db.webhookEndpoint.findMany({
      select: { ...ENDPOINT_SELECT, failingSince: true, createdAt: true },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    }),
    db.webhookAllowedHost.findMany({ select: { host: true, createdAt: true }, orderBy: { host: "asc" } }),
  ]);
  return { endpoints, allowedHosts };
}

/** One endpoint and its latest deliveries, newest first. */
export async function getWebhookEndpointLog({ actor, endpointId }: { actor: Actor; endpointId: string }) {
  assertCan(actor, "webhook.manage");
  const endpoint = await db.webhookEndpoint.findUnique({
    where: { id: endpointId },
    select: { ...ENDPOINT_SELECT, previousSecretUntil: true },
  });
  if (!endpoint) throw new AppError("NOT_FOUND", "That endpoint no longer exists.");
  // A window that ended is over even before the next sweep deletes the old secret.
  if (endpoint.previousSecretUntil && endpoint.previousSecretUntil <= new Date()) endpoint.previousSecretUntil = null;
  const deliveries = await db.webhookDelivery.findMany({
    where: { endpointId },
    select: {
      id: true,
      status: true,
      attempts: true,
      responseStatus: true,
      durationMs: true,
      lastError: true,
      lastAttemptAt: true,
      nextAttemptAt: true,
      createdAt: true,
      event: { select: { id: true, type: true } },
    },
    orderBy: [{ sequence: "desc" }],
    take: DELIVERY_LOG_SIZE,
  });
  return { endpoint, deliveries };
}
