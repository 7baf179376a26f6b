import "server-only";
import { randomBytes } from "node:crypto";
import type { DbTransaction } from "@/lib/db";
import { getEnv } from "@/lib/env";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { WebhookEventType } from "./events";
import {
  applicationData,
  offerAcceptedData,
  webhookBody,
  type ApplicationFacts,
  type WebhookBody,
  type WebhookData,
} from "./payload";

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

const newEventId = () => `msg_${randomBytes(16).toString("base64url")}`;

function subscribedEndpoints(tx: DbTransaction, type: WebhookEventType) {
  return tx.webhookEndpoint.findMany({
    where: { enabled: true, events: { has: type } },
    select: { id: true },
    orderBy: { id: "asc" },
  });
}

/** The events and one delivery per event and endpoint; the deliveries' sequence follows `events`. */
async function writeEvents(
  tx: DbTransaction,
  endpoints: { id: string }[],
  events: { id: string; type: WebhookEventType; orderKey: string; payload: WebhookBody; createdAt: Date }[],
) {
  await tx.webhookEvent.createMany({
    data: events.map((event) => ({ ...event, payload: event.payload as Prisma.InputJsonObject })),
  });
  await tx.webhookDelivery.createMany({
    data: events.flatMap((event) =>
      endpoints.map((endpoint) => ({
        endpointId: endpoint.id,
        eventId: event.id,
        orderKey: event.orderKey,
        nextAttemptAt: event.createdAt,
      })),
    ),
  });
}

/**
 * Writes the event and one delivery per enabled endpoint that subscribed to it, in the caller's
 * transaction: the event exists exactly when the change does, and the worker delivers it.
 */
export async function enqueueWebhookEvent(
  tx: DbTransaction,
  { type, orderKey, data, now = new Date() }: WebhookEventInput,
): Promise<string | null> {
  const endpoints = await subscribedEndpoints(tx, type);
  if (endpoints.length === 0) return null;
  const id = newEventId();
  const payload = webhookBody(type, now, await data(getEnv().APP_URL));
  await writeEvents(tx, endpoints, [{ id, type, orderKey, payload, createdAt: now }]);
  return id;
}

const APPLICATION_FACTS = {
  id: true,
  candidateId: true,
  jobId: true,
  status: true,
  stage: { select: { id: true, name: true, kind: true } },
} as const;

async function readApplicationFacts(tx: DbTransaction, applicationId: string): Promise<ApplicationFacts> {
  return tx.application.findUniqueOrThrow({ where: { id: applicationId }, select: APPLICATION_FACTS });
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

/**
 * The same event for many applications at once (a removed stage's applications moving): one
 * query for the endpoints and one for the applications, whatever their number.
 */
export async function enqueueApplicationEvents(
  tx: DbTransaction,
  type: "application.stage_changed",
  applicationIds: readonly string[],
  extra: WebhookData = {},
  now = new Date(),
): Promise<void> {
  if (applicationIds.length === 0) return;
  const endpoints = await subscribedEndpoints(tx, type);
  if (endpoints.length === 0) return;
  const applications = await tx.application.findMany({
    where: { id: { in: [...applicationIds] } },
    select: APPLICATION_FACTS,
    orderBy: { id: "asc" },
  });
  const appUrl = getEnv().APP_URL;
  await writeEvents(
    tx,
    endpoints,
    applications.map((application) => ({
      id: newEventId(),
      type,
      orderKey: applicationOrderKey(application.id),
      payload: webhookBody(type, now, applicationData(appUrl, application, extra)),
      createdAt: now,
    })),
  );
}

export function enqueueOfferAcceptedEvent(tx: DbTransaction, applicationId: string, offerId: string) {
  return enqueueWebhookEvent(tx, {
    type: "offer.accepted",
    orderKey: applicationOrderKey(applicationId),
    data: async (appUrl) => offerAcceptedData(appUrl, await readApplicationFacts(tx, applicationId), offerId),
  });
}
