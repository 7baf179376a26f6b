import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type {
  AllowedHostInput,
  CreateWebhookEndpointInput,
  EndSecretOverlapInput,
  RedeliverWebhookInput,
  RotateWebhookSecretInput,
  SetWebhookEndpointEnabledInput,
} from "./schema";
import { generateWebhookSecret } from "./secret";
import { sealWebhookSecret } from "./secret-box";

const HOUR_MS = 60 * 60 * 1000;

/** Registers an endpoint; the secret is returned here, kept only encrypted, and never shown again. */
export async function createWebhookEndpoint({ actor, input }: { actor: Actor; input: CreateWebhookEndpointInput }) {
  assertCan(actor, "webhook.manage");
  const secret = generateWebhookSecret();
  return db.$transaction(async (tx) => {
    const { id } = await tx.webhookEndpoint.create({
      data: { ...input, createdById: actor.userId },
      select: { id: true },
    });
    // Sealed with its id as associated data, so the row must exist first.
    await tx.webhookEndpoint.update({
      where: { id },
      data: { secretEncrypted: sealWebhookSecret(secret, id) },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      actor,
      action: "webhook.endpointCreated",
      subjectType: "webhookEndpoint",
      subjectId: id,
      metadata: { url: input.url, events: input.events },
    });
    return { id, secret };
  });
}

/**
 * A new signing secret, returned once. The replaced one keeps signing beside it (a second
 * signature) for the chosen hours, so the receiver can switch without refusing a delivery; a
 * previous secret still in its window is dropped (only two sign at once).
 */
export async function rotateWebhookSecret({ actor, input }: { actor: Actor; input: RotateWebhookSecretInput }) {
  assertCan(actor, "webhook.manage");
  const secret = generateWebhookSecret();
  const overlapHours = Number(input.overlapHours);
  return db.$transaction(async (tx) => {
    const endpoint = await tx.webhookEndpoint.findUnique({
      where: { id: input.endpointId },
      select: { secretEncrypted: true, plaintextSecret: true },
    });
    if (!endpoint) throw new AppError("NOT_FOUND", "That endpoint no longer exists.");
    const current =
      endpoint.secretEncrypted ??
      (endpoint.plaintextSecret === null ? null : sealWebhookSecret(endpoint.plaintextSecret, input.endpointId));
    const keepPrevious = overlapHours > 0 && current !== null;
    // Changed only if nobody rotated it meanwhile: two rotations at once would lose one's secret.
    const { count } = await tx.webhookEndpoint.updateMany({
      where: { id: input.endpointId, secretEncrypted: endpoint.secretEncrypted },
      data: {
        secretEncrypted: sealWebhookSecret(secret, input.endpointId),
        previousSecretEncrypted: keepPrevious ? current : null,
        previousSecretUntil: keepPrevious ? new Date(Date.now() + overlapHours * HOUR_MS) : null,
        plaintextSecret: null,
      },
    });
    if (count === 0) throw new AppError("CONFLICT", "Someone rotated this secret just now: reload the page.");
    await recordAuditEvent(tx, {
      actor,
      action: "webhook.secretRotated",
      subjectType: "webhookEndpoint",
      subjectId: input.endpointId,
      metadata: { overlapHours },
    });
    return { secret };
  });
}

/** Ends a rotation window early: the previous secret stops signing and is deleted. */
export async function endWebhookSecretOverlap({ actor, input }: { actor: Actor; input: EndSecretOverlapInput }) {
  assertCan(actor, "webhook.manage");
  await db.$transaction(async (tx) => {
    const endpoint = await tx.webhookEndpoint.findUnique({
      where: { id: input.endpointId },
      select: { previousSecretEncrypted: true },
    });
    if (!endpoint) throw new AppError("NOT_FOUND", "That endpoint no longer exists.");
    if (!endpoint.previousSecretEncrypted) return;
    await tx.webhookEndpoint.update({
      where: { id: input.endpointId },
      data: { previousSecretEncrypted: null, previousSecretUntil: null },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      actor,
      action: "webhook.previousSecretRemoved",
      subjectType: "webhookEndpoint",
      subjectId: input.endpointId,
    });
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
