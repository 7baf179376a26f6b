import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { deliverOutboxMessage, enqueueEmail } from "@/lib/email/outbox";
import { WEBHOOKS_PATH } from "@/lib/paths/webhooks";
import { getEnv } from "@/lib/env";

export const FAILING_DAYS_BEFORE_DISABLE = 3;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Notes the first failure since the last success and, once an endpoint has failed for three days,
 * disables it and emails the admins. One conditional UPDATE, so only one worker disables it.
 */
export async function disableFailingEndpoint(endpointId: string, now: Date): Promise<boolean> {
  const cutoff = new Date(now.getTime() - FAILING_DAYS_BEFORE_DISABLE * DAY_MS);
  const disabled = await db.$transaction(async (tx) => {
    const [endpoint] = await tx.$queryRaw<{ id: string; url: string; enabled: boolean }[]>`
      UPDATE "WebhookEndpoint"
         SET "failingSince" = COALESCE("failingSince", ${now}),
             "enabled" = ("failingSince" IS NULL OR "failingSince" > ${cutoff}),
             "disabledForFailures" = NOT ("failingSince" IS NULL OR "failingSince" > ${cutoff}),
             "updatedAt" = ${now}
       WHERE "id" = ${endpointId} AND "enabled"
   RETURNING "id", "url", "enabled"`;
    if (!endpoint || endpoint.enabled) return null;
    await recordAuditEvent(tx, {
      actor: { kind: "system" },
      action: "webhook.endpointDisabled",
      subjectType: "webhookEndpoint",
      subjectId: endpoint.id,
      metadata: { reason: "failing", days: FAILING_DAYS_BEFORE_DISABLE },
    });
    const admins = await tx.user.findMany({
      where: { role: "ADMIN", active: true },
      select: { id: true, email: true },
      orderBy: { email: "asc" },
    });
    const link = new URL(WEBHOOKS_PATH, getEnv().APP_URL).href;
    const emailIds: string[] = [];
    for (const admin of admins)
      emailIds.push(
        await enqueueEmail(tx, {
          to: admin.email,
          userId: admin.id,
          template: "webhook-endpoint-disabled",
          subject: "A webhook endpoint was disabled after 3 days of failures",
          text: `Deliveries to ${endpoint.url} have failed for ${FAILING_DAYS_BEFORE_DISABLE} days, so Trellis stopped sending to it. Its undelivered events are kept: fix the receiver, then enable the endpoint again at ${link}.`,
        }),
      );
    return emailIds;
  });
  if (!disabled) return false;
  for (const id of disabled) await deliverOutboxMessage(id);
  return true;
}
