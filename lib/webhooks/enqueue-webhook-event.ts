import "server-only";
import { randomBytes } from "node:crypto";
import type { DbTransaction } from "@/lib/db";
import { getEnv } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { WebhookEventType } from "./events";
import { applicationData, offerAcceptedData, webhookBody, type ApplicationFacts, type WebhookData } from "./payload";

type WebhookEventInput = {
  type: WebhookEventType;
  /** Events with the same key reach each endpoint in the order they were written. */
  orderKey: string;
  /** Built only when an endpoint wants the event, so changes nobody listens to cost one query. */
  data: (appUrl: string) => WebhookData | Promise<WebhookData>;
  now?: Date;
};

export const applicationOrderKey = (applicationId: string) => `application:${applicationId}`;
export const candidateOrderKey = (candidateId: string) => `candidate:${candidateId}`;

/**
 * Writes the event and one delivery per enabled endpoint that subscribed to it, in the caller's
 * transaction: the event exists exactly when the change does, and the worker delivers it.
 */
export async function enqueueWebhookEvent(
  tx: DbTransaction,
  { type, orderKey, data, now = new Date() }: WebhookEventInput,
): Promise<string | null> {
  const endpoints = await tx.webhookEndpoint.findMany({
    where: { enabled: true, events: { has: type } },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  if (endpoints.length === 0) return null;
  const id = `msg_${randomBytes(16).toString("base64url")}`;
  const payload = webhookBody(type, now, await data(getEnv().APP_URL));
  await tx.webhookEvent.create({
    data: { id, type, payload: payload as Prisma.InputJsonObject, orderKey, createdAt: now },
    select: { id: true },
  });
  await tx.webhookDelivery.createMany({
    data: endpoints.map((endpoint) => ({ endpointId: endpoint.id, eventId: id, orderKey, nextAttemptAt: now })),
  });
  return id;
}

async function readApplicationFacts(tx: DbTransaction, applicationId: string): Promise<ApplicationFacts> {
  return tx.application.findUniqueOrThrow({
    where: { id: applicationId },
    select: {
      id: true,
      candidateId: true,
      jobId: true,
      status: true,
      stage: { select: { id: true, name: true, kind: true } },
    },
  });
}

/** An application event, with the application as the transaction leaves it. */
export function enqueueApplicationEvent(
  tx: DbTransaction,
  type: Exclude<WebhookEventType, "offer.accepted" | "candidate.erased">,
  applicationId: string,
  extra: WebhookData = {},
): Promise<string | null> {
  return enqueueWebhookEvent(tx, {
    type,
    orderKey: applicationOrderKey(applicationId),
    data: async (appUrl) => applicationData(appUrl, await readApplicationFacts(tx, applicationId), extra),
  });
}

export function enqueueOfferAcceptedEvent(tx: DbTransaction, applicationId: string, offerId: string) {
  return enqueueWebhookEvent(tx, {
    type: "offer.accepted",
    orderKey: applicationOrderKey(applicationId),
    data: async (appUrl) => offerAcceptedData(appUrl, await readApplicationFacts(tx, applicationId), offerId),
  });
}
