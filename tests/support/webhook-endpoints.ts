// Webhook tests' shared setup: a real receiver (webhook-receiver.ts), an admin, endpoints that
// stop receiving after each test, and the received requests verified with the standardwebhooks library.
import { afterAll, afterEach, beforeAll, beforeEach } from "vitest";
import { Webhook } from "standardwebhooks";
import type { Actor } from "@/lib/auth/actor";
import { WEBHOOK_EVENT_TYPES, type WebhookEventType } from "@/lib/webhooks/events";
import { createWebhookEndpoint, setWebhookHostAllowed } from "@/lib/webhooks/manage-endpoints";
import type { WebhookBody } from "@/lib/webhooks/payload";
import { testDb } from "./db";
import { createActor } from "./pipeline";
import { startWebhookReceiver, type ReceivedWebhook } from "./webhook-receiver";

export type VerifiedWebhook = { id: string; payload: WebhookBody };

/** Verifies one received request with `secret`; throws when its signature does not match. */
export const verifyWith = (secret: string, { headers, body }: ReceivedWebhook) =>
  new Webhook(secret).verify(body, headers as Record<string, string>) as WebhookBody;

/**
 * Disables, after each test or after the file, every endpoint made while it ran (files run one at
 * a time): an endpoint left enabled would get deliveries for later tests' and files' applications,
 * and their sweeps would try them. Call it before the file's own hooks, so that endpoints its
 * beforeAll makes count as the file's.
 */
export function disableNewWebhookEndpoints(after: "each test" | "file") {
  const [start, end] = after === "file" ? [beforeAll, afterAll] : [beforeEach, afterEach];
  // The endpoints there were before, not a time: nothing here depends on two clocks agreeing.
  let existing: string[] = [];
  start(async () => {
    existing = (await testDb.webhookEndpoint.findMany({ select: { id: true } })).map((endpoint) => endpoint.id);
  });
  end(async () => {
    await testDb.webhookEndpoint.updateMany({
      where: { id: { notIn: existing }, enabled: true },
      data: { enabled: false },
    });
  });
}

/**
 * Registers the hooks; read `receiver` and `admin` inside tests. Every test's endpoints are
 * disabled after it, so the next test sees only its own deliveries.
 */
export function useWebhookEndpoints() {
  let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
  let admin: Actor;
  disableNewWebhookEndpoints("each test");
  beforeAll(async () => {
    receiver = await startWebhookReceiver();
    admin = await createActor("ADMIN");
  });
  afterAll(() => receiver.close());
  afterEach(() => {
    receiver.received.length = 0;
  });

  return {
    get receiver() {
      return receiver;
    },
    get admin() {
      return admin;
    },
    async addEndpoint(events: WebhookEventType[] = [...WEBHOOK_EVENT_TYPES], url = receiver.url) {
      return createWebhookEndpoint({ actor: admin, input: { url, description: "HR system", events } });
    },
    allow127: (allowed: boolean) => setWebhookHostAllowed({ actor: admin, input: { host: "127.0.0.1" }, allowed }),
    /** Every received request verified with `secret`, in the order they arrived. */
    verified: (secret: string): VerifiedWebhook[] =>
      receiver.received.map((request) => ({
        id: request.headers["webhook-id"] as string,
        payload: verifyWith(secret, request),
      })),
  };
}
