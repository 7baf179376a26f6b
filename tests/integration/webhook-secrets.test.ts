// Webhook signing secrets (decision 0043): kept encrypted, the ones stored in clear before it
// encrypted by the sweep, and rotated with a window in which both secrets sign.
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { moveApplicationStage } from "@/lib/pipeline/move-application-stage";
import { deliverDueWebhooks } from "@/lib/webhooks/deliver-webhooks";
import { endWebhookSecretOverlap, rotateWebhookSecret } from "@/lib/webhooks/manage-endpoints";
import { generateWebhookSecret } from "@/lib/webhooks/secret";
import { expectAppError } from "../support/app-error";
import { testDb } from "../support/db";
import { createActor, createPipelineFixture } from "../support/pipeline";
import { useWebhookEndpoints, verifyWith } from "../support/webhook-endpoints";

const HOUR = 60 * 60 * 1000;
const hooks = useWebhookEndpoints();

/** The endpoint's row and its audit events as Postgres returns them, as one text. */
async function storedText(endpointId: string): Promise<string> {
  const rows = await testDb.$queryRaw<{ text: string }[]>`
    SELECT row_to_json(endpoint)::text AS text FROM "WebhookEndpoint" AS endpoint WHERE endpoint."id" = ${endpointId}
    UNION ALL
    SELECT row_to_json(audit)::text FROM "AuditEvent" AS audit WHERE audit."subjectId" = ${endpointId}`;
  return rows.map((row) => row.text).join("\n");
}

/** Neither the whole secret nor its key part (the base64 after whsec_) is anywhere in `text`. */
function expectNoSecretIn(text: string, secret: string) {
  expect(text).not.toContain(secret);
  expect(text).not.toContain(secret.slice("whsec_".length));
}

/** One stage change on a fresh application, so one event is due. */
async function oneEvent() {
  const { applications, recruiter, stage } = await createPipelineFixture({ applicationCount: 1 });
  const { id, version } = applications[0]!;
  await moveApplicationStage({
    actor: recruiter,
    applicationId: id,
    toStageId: stage("Recruiter screen").id,
    expectedVersion: version,
  });
}

const signatures = () => (hooks.receiver.received.at(-1)!.headers["webhook-signature"] as string).split(" ");

describe("webhook secrets at rest", () => {
  it("keeps the secret only encrypted: neither the row nor the audit log holds it", async () => {
    await hooks.allow127(true);
    const endpoint = await hooks.addEndpoint(["application.stage_changed"]);
    const text = await storedText(endpoint.id);
    expect(text).toContain('"secretEncrypted":"v1.');
    expectNoSecretIn(text, endpoint.secret);

    await oneEvent();
    expect(await deliverDueWebhooks()).toEqual({ delivered: 1, failed: 0 });
    expect(() => verifyWith(endpoint.secret, hooks.receiver.received[0]!)).not.toThrow();
  });

  it("encrypts a secret stored in clear before decision 0043 on the next sweep, and signs with it", async () => {
    await hooks.allow127(true);
    const secret = generateWebhookSecret();
    const { id } = await testDb.webhookEndpoint.create({
      data: { url: hooks.receiver.url, events: ["application.stage_changed"], plaintextSecret: secret },
      select: { id: true },
    });
    await oneEvent();
    try {
      expect(await deliverDueWebhooks()).toEqual({ delivered: 1, failed: 0 });
      expect(() => verifyWith(secret, hooks.receiver.received[0]!)).not.toThrow();
      const text = await storedText(id);
      expect(text).toContain('"plaintextSecret":null');
      expectNoSecretIn(text, secret);
    } finally {
      await testDb.webhookEndpoint.update({ where: { id }, data: { enabled: false } });
    }
  });
});

describe("rotating a webhook secret", () => {
  it("signs with both secrets during the window, the receiver verifying with either, then with the new one only", async () => {
    await hooks.allow127(true);
    const endpoint = await hooks.addEndpoint(["application.stage_changed"]);
    const { secret } = await rotateWebhookSecret({
      actor: hooks.admin,
      input: { endpointId: endpoint.id, overlapHours: "24" },
    });
    expect(secret).not.toBe(endpoint.secret);
    const text = await storedText(endpoint.id);
    expectNoSecretIn(text, endpoint.secret);
    expectNoSecretIn(text, secret);

    await oneEvent();
    expect(await deliverDueWebhooks()).toEqual({ delivered: 1, failed: 0 });
    expect(signatures()).toHaveLength(2);
    const during = hooks.receiver.received[0]!;
    expect(verifyWith(endpoint.secret, during).type).toBe("application.stage_changed");
    expect(verifyWith(secret, during).type).toBe("application.stage_changed");

    // After the window the sweep drops the old secret and only the new one signs.
    await oneEvent();
    expect(await deliverDueWebhooks({ now: new Date(Date.now() + 25 * HOUR) })).toEqual({ delivered: 1, failed: 0 });
    const after = hooks.receiver.received[1]!;
    expect(signatures()).toHaveLength(1);
    expect(() => verifyWith(secret, after)).not.toThrow();
    expect(() => verifyWith(endpoint.secret, after)).toThrow();
    expect(await testDb.webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } })).toMatchObject({
      previousSecretEncrypted: null,
      previousSecretUntil: null,
    });
    expect(
      await testDb.auditEvent.findMany({
        where: { subjectId: endpoint.id, action: "webhook.secretRotated" },
        select: { actorId: true, metadata: true },
      }),
    ).toEqual([{ actorId: hooks.admin.userId, metadata: { overlapHours: 24 } }]);
  });

  it("stops signing with the old secret when the admin ends the window, or chose none", async () => {
    await hooks.allow127(true);
    const endpoint = await hooks.addEndpoint(["application.stage_changed"]);
    const input = { endpointId: endpoint.id };
    const { secret } = await rotateWebhookSecret({ actor: hooks.admin, input: { ...input, overlapHours: "168" } });
    await endWebhookSecretOverlap({ actor: hooks.admin, input });
    await oneEvent();
    await deliverDueWebhooks();
    expect(signatures()).toHaveLength(1);
    expect(() => verifyWith(secret, hooks.receiver.received[0]!)).not.toThrow();
    expect(() => verifyWith(endpoint.secret, hooks.receiver.received[0]!)).toThrow();

    const third = await rotateWebhookSecret({ actor: hooks.admin, input: { ...input, overlapHours: "0" } });
    await oneEvent();
    await deliverDueWebhooks();
    expect(signatures()).toHaveLength(1);
    expect(() => verifyWith(third.secret, hooks.receiver.received[1]!)).not.toThrow();
    expect(() => verifyWith(secret, hooks.receiver.received[1]!)).toThrow();
  });

  it("is for admins only", async () => {
    const endpoint = await hooks.addEndpoint(["application.created"]);
    for (const role of ["RECRUITER", "COORDINATOR", "HIRING_MANAGER", "INTERVIEWER"] as const) {
      const actor: Actor = await createActor(role);
      await expectAppError(
        rotateWebhookSecret({ actor, input: { endpointId: endpoint.id, overlapHours: "24" } }),
        "FORBIDDEN",
      );
      await expectAppError(endWebhookSecretOverlap({ actor, input: { endpointId: endpoint.id } }), "FORBIDDEN");
    }
    await expectAppError(
      rotateWebhookSecret({ actor: hooks.admin, input: { endpointId: "no-such-endpoint", overlapHours: "24" } }),
      "NOT_FOUND",
    );
  });
});
