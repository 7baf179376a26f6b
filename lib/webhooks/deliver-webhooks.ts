import "server-only";
import { Webhook } from "standardwebhooks";
import { db } from "@/lib/db";
import { disableFailingEndpoint } from "./disable-failing-endpoint";
import { openWebhookSecret, WebhookSecretUnreadable } from "./secret-box";
import { sendWebhook, type SendOutcome } from "./send-webhook";
import { tidyWebhookSecrets } from "./tidy-webhook-secrets";

export const MAX_ATTEMPTS = 12;
const FIRST_RETRY_MS = 30_000;
const MAX_RETRY_MS = 12 * 60 * 60 * 1000;
// A worker that crashed mid-send leaves its claim behind; after this long another may retry.
const CLAIM_TIMEOUT_MS = 5 * 60 * 1000;
const BATCH = 20;
// One sweep stops after this many rounds; the next minute's sweep goes on.
const MAX_ROUNDS = 50;

/** 30 s after the first failure, doubling, at most 12 h: 12 attempts span about 3.5 days. */
export const retryDelayMs = (attempts: number) => Math.min(FIRST_RETRY_MS * 2 ** (attempts - 1), MAX_RETRY_MS);

type ClaimedDelivery = {
  id: string;
  attempts: number;
  endpointId: string;
  url: string;
  secretEncrypted: string | null;
  previousSecretEncrypted: string | null;
  previousSecretUntil: Date | null;
  eventId: string;
  payload: unknown;
};

/**
 * Claims due deliveries of enabled endpoints in one statement (SKIP LOCKED, so workers never
 * send one twice). A delivery waits while an earlier one for the same endpoint and order key is
 * pending or being sent: receivers see an application's events in the order they happened, and
 * a candidate's erasure after every earlier event about them.
 */
async function claimDueDeliveries(now: Date): Promise<ClaimedDelivery[]> {
  const staleClaim = new Date(now.getTime() - CLAIM_TIMEOUT_MS);
  return db.$queryRaw<ClaimedDelivery[]>`
    WITH due AS (
      SELECT delivery."id"
        FROM "WebhookDelivery" AS delivery
        JOIN "WebhookEndpoint" AS endpoint ON endpoint."id" = delivery."endpointId" AND endpoint."enabled"
        JOIN "WebhookEvent" AS event ON event."id" = delivery."eventId"
       WHERE ((delivery."status" = 'PENDING' AND delivery."nextAttemptAt" <= ${now})
              OR (delivery."status" = 'SENDING' AND delivery."claimedAt" < ${staleClaim}))
         AND NOT EXISTS (
               SELECT 1 FROM "WebhookDelivery" AS earlier
                WHERE earlier."endpointId" = delivery."endpointId" AND earlier."orderKey" = delivery."orderKey"
                  AND earlier."sequence" < delivery."sequence" AND earlier."status" IN ('PENDING', 'SENDING'))
         -- An erasure also waits for the person's earlier application events: sent after it, they
         -- would make the receiver keep (or recreate) what it was just told to erase.
         AND (event."type" <> 'candidate.erased' OR NOT EXISTS (
               SELECT 1 FROM "WebhookDelivery" AS earlier
                 JOIN "WebhookEvent" AS earlierEvent ON earlierEvent."id" = earlier."eventId"
                WHERE earlier."endpointId" = delivery."endpointId" AND earlier."sequence" < delivery."sequence"
                  AND earlier."status" IN ('PENDING', 'SENDING')
                  AND earlierEvent."payload"->'data'->>'candidateId' = event."payload"->'data'->>'candidateId'))
       ORDER BY delivery."sequence"
       LIMIT ${BATCH}
         FOR UPDATE OF delivery SKIP LOCKED)
    UPDATE "WebhookDelivery" AS delivery
       SET "status" = 'SENDING', "claimedAt" = ${now}, "attempts" = delivery."attempts" + 1
      FROM due, "WebhookEndpoint" AS endpoint, "WebhookEvent" AS event
     WHERE delivery."id" = due."id" AND endpoint."id" = delivery."endpointId" AND event."id" = delivery."eventId"
    RETURNING delivery."id", delivery."attempts", delivery."endpointId", endpoint."url", endpoint."secretEncrypted",
              endpoint."previousSecretEncrypted", endpoint."previousSecretUntil",
              delivery."eventId", event."payload"`;
}

async function allowedHosts(): Promise<Set<string>> {
  const rows = await db.webhookAllowedHost.findMany({ select: { host: true }, orderBy: { host: "asc" } });
  return new Set(rows.map((row) => row.host));
}

/**
 * The webhook-signature header: the current secret's signature and, during a rotation window,
 * the previous secret's too, space-separated as Standard Webhooks allows (a receiver accepts the
 * message when any one verifies), so receivers can switch secrets at their own pace.
 */
function signatureHeader(delivery: ClaimedDelivery, sentAt: Date, body: string, now: Date): string {
  if (!delivery.secretEncrypted) throw new WebhookSecretUnreadable();
  const secrets = [openWebhookSecret(delivery.secretEncrypted, delivery.endpointId)];
  if (delivery.previousSecretEncrypted && delivery.previousSecretUntil && delivery.previousSecretUntil > now) {
    try {
      secrets.push(openWebhookSecret(delivery.previousSecretEncrypted, delivery.endpointId));
    } catch {
      // An unreadable old secret only loses its extra signature; the current one still signs.
    }
  }
  return secrets.map((secret) => new Webhook(secret).sign(delivery.eventId, sentAt, body)).join(" ");
}

async function send(delivery: ClaimedDelivery, hosts: ReadonlySet<string>, now: Date): Promise<SendOutcome> {
  const body = JSON.stringify(delivery.payload);
  // The signature's time is the real one: receivers reject timestamps far from their clock.
  const sentAt = new Date();
  let signature: string;
  try {
    signature = signatureHeader(delivery, sentAt, body, now);
  } catch (error) {
    if (!(error instanceof WebhookSecretUnreadable)) throw error;
    return { ok: false, status: null, durationMs: 0, error: error.message };
  }
  return sendWebhook({
    url: delivery.url,
    body,
    allowedHosts: hosts,
    headers: {
      "webhook-id": delivery.eventId,
      "webhook-timestamp": String(Math.floor(sentAt.getTime() / 1000)),
      "webhook-signature": signature,
      "user-agent": "Trellis-Webhooks/1",
    },
  });
}

async function attempt(delivery: ClaimedDelivery, hosts: ReadonlySet<string>, now: Date): Promise<boolean> {
  const outcome = await send(delivery, hosts, now);
  const result = {
    claimedAt: null,
    lastAttemptAt: now,
    responseStatus: outcome.status,
    durationMs: outcome.durationMs,
    lastError: outcome.error,
  };
  if (outcome.ok) {
    await db.$transaction([
      db.webhookDelivery.update({
        where: { id: delivery.id },
        data: { ...result, status: "DELIVERED", deliveredAt: now },
        select: { id: true },
      }),
      db.webhookEndpoint.update({
        where: { id: delivery.endpointId },
        data: { failingSince: null },
        select: { id: true },
      }),
    ]);
    return true;
  }
  const givenUp = delivery.attempts >= MAX_ATTEMPTS;
  await db.webhookDelivery.update({
    where: { id: delivery.id },
    data: {
      ...result,
      status: givenUp ? "FAILED" : "PENDING",
      nextAttemptAt: new Date(now.getTime() + retryDelayMs(delivery.attempts)),
    },
    select: { id: true },
  });
  await disableFailingEndpoint(delivery.endpointId, now);
  return false;
}

/** Sends every due delivery, in order per application; run by the worker every minute. */
export async function deliverDueWebhooks({ now = new Date() }: { now?: Date } = {}) {
  await tidyWebhookSecrets(now);
  const hosts = await allowedHosts();
  const totals = { delivered: 0, failed: 0 };
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const claimed = await claimDueDeliveries(now);
    if (claimed.length === 0) break;
    for (const delivery of claimed) {
      if (await attempt(delivery, hosts, now)) totals.delivered++;
      else totals.failed++;
    }
  }
  return totals;
}
