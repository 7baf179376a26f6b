import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type {
  AllowedHostInput,
  CreateWebhookEndpointInput,
  RedeliverWebhookInput,
  SetWebhookEndpointEnabledInput,
} from "./schema";
import { generateWebhookSecret } from "./secret";

/** Registers an endpoint; the secret is returned here and never shown again. */
export async function createWebhookEndpoint({ actor, input }: { actor: Actor; input: CreateWebhookEndpointInput }) {
  assertCan(actor, "webhook.manage");
  return db.$transaction(async (tx) => {
    const endpoint = await tx.webhookEndpoint.create({
      data: { ...input, secret: generateWebhookSecret(), createdById: actor.userId },
      select: { id: true, secret: true },
    });
    await recordAuditEvent(tx, {
      actor,
      action: "webhook.endpointCreated",
      subjectType: "webhookEndpoint",
      subjectId: endpoint.id,
      metadata: { url: input.url, events: input.events },
    });
    return endpoint;
  });
}

export async function setWebhookEndpointEnabled({
  actor,
  input,
}: {
  actor: Actor;
  input: SetWebhookEndpointEnabledInput;
}) {
  assertCan(actor, "webhook.manage");
  await db.$transaction(async (tx) => {
    const { count } = await tx.webhookEndpoint.updateMany({
      where: { id: input.endpointId },
      // Enabling starts the failure clock afresh; waiting deliveries go out from the next sweep.
      data: { enabled: input.enabled, disabledForFailures: false, ...(input.enabled && { failingSince: null }) },
    });
    if (count === 0) throw new AppError("NOT_FOUND", "That endpoint no longer exists.");
    await recordAuditEvent(tx, {
      actor,
      action: input.enabled ? "webhook.endpointEnabled" : "webhook.endpointDisabled",
      subjectType: "webhookEndpoint",
      subjectId: input.endpointId,
    });
  });
}

/** Sends a delivered or given-up event again, with the same webhook-id, from the next sweep. */
export async function redeliverWebhook({ actor, input }: { actor: Actor; input: RedeliverWebhookInput }) {
  assertCan(actor, "webhook.manage");
  await db.$transaction(async (tx) => {
    const [delivery] = await tx.$queryRaw<{ endpointId: string }[]>`
      UPDATE "WebhookDelivery"
         SET "status" = 'PENDING', "attempts" = 0, "nextAttemptAt" = now(), "claimedAt" = NULL
       WHERE "id" = ${input.deliveryId} AND "status" IN ('DELIVERED', 'FAILED', 'PENDING')
   RETURNING "endpointId"`;
    if (!delivery) throw new AppError("CONFLICT", "That delivery is being sent right now, or no longer exists.");
    await recordAuditEvent(tx, {
      actor,
      action: "webhook.redelivered",
      subjectType: "webhookEndpoint",
      subjectId: delivery.endpointId,
      metadata: { deliveryId: input.deliveryId },
    });
  });
}

export async function setWebhookHostAllowed({
  actor,
  input,
  allowed,
}: {
  actor: Actor;
  input: AllowedHostInput;
  allowed: boolean;
}) {
  assertCan(actor, "webhook.manage");
  await db.$transaction(async (tx) => {
    if (allowed)
      await tx.webhookAllowedHost.upsert({
        where: { host: input.host },
        create: { host: input.host, createdById: actor.userId },
        update: {},
        select: { host: true },
      });
    else await tx.webhookAllowedHost.deleteMany({ where: { host: input.host } });
    await recordAuditEvent(tx, {
      actor,
      action: "webhook.allowedHostsChanged",
      subjectType: "webhookEndpoint",
      metadata: { host: input.host, allowed },
    });
  });
}
