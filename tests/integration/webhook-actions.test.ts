// The webhook server actions called as a forged request would call them: with each role's session
// cookie and whatever arguments. Only admins change anything, and no input gives a 5xx.
import { afterAll, describe, expect, it } from "vitest";
import { uniqueSuffix } from "../factories";
import { TEST_AUTH_SECRET } from "../support/auth-core";
import { testDb } from "../support/db";
import { nextRequest } from "../support/next-request";
import { staffOfEveryRole } from "../support/staff-sessions";
import { disableNewWebhookEndpoints } from "../support/webhook-endpoints";

const previousSecret = process.env.AUTH_SECRET;
process.env.AUTH_SECRET = TEST_AUTH_SECRET;
afterAll(() => {
  if (previousSecret === undefined) delete process.env.AUTH_SECRET;
  else process.env.AUTH_SECRET = previousSecret;
});
const actions = await import("@/app/(hiring)/hiring/webhooks/actions");
const { sessions } = staffOfEveryRole();
disableNewWebhookEndpoints("file");
const signInAs = (role: keyof typeof sessions) => {
  nextRequest.cookie = `authjs.session-token=${sessions[role]}`;
};

describe("webhook actions", () => {
  it("refuses recruiters, coordinators, hiring managers and interviewers, and changes nothing", async () => {
    const url = `https://hr-${uniqueSuffix()}.example.com/hook`;
    for (const role of ["RECRUITER", "COORDINATOR", "HIRING_MANAGER", "INTERVIEWER"] as const) {
      signInAs(role);
      expect(
        await actions.createWebhookEndpointAction({ url, description: "", events: ["application.created"] }),
      ).toMatchObject({ ok: false, message: "You do not have permission to do that." });
      expect(await actions.allowWebhookHostAction({ host: "10.0.0.9" })).toMatchObject({ ok: false });
      expect(await actions.redeliverWebhookAction({ deliveryId: "x" })).toMatchObject({ ok: false });
      expect(await actions.setWebhookEndpointEnabledAction({ endpointId: "x", enabled: true })).toMatchObject({
        ok: false,
      });
      expect(await actions.rotateWebhookSecretAction({ endpointId: "x", overlapHours: "24" })).toMatchObject({
        ok: false,
      });
      expect(await actions.endWebhookSecretOverlapAction({ endpointId: "x" })).toMatchObject({ ok: false });
    }
    expect(await testDb.webhookEndpoint.count({ where: { url } })).toBe(0);
    expect(await testDb.webhookAllowedHost.count({ where: { host: "10.0.0.9" } })).toBe(0);
  });

  it("lets an admin add an endpoint, returns its secret once, and answers bad input with field errors", async () => {
    signInAs("ADMIN");
    const url = `https://hr-${uniqueSuffix()}.example.com/hook`;
    const created = await actions.createWebhookEndpointAction({
      url,
      description: "HRIS",
      events: ["application.hired", "candidate.erased"],
    });
    expect(created).toMatchObject({ ok: true, secret: expect.stringMatching(/^whsec_[A-Za-z0-9+/]+=*$/) });
    // Later tests' hires and erasures are not for this made-up receiver.
    await testDb.webhookEndpoint.updateMany({ where: { url }, data: { enabled: false } });

    for (const input of [
      null,
      "text",
      { url: "ftp://example.com/x", description: "", events: ["application.created"] },
      { url: "https://user:pw@example.com/", description: "", events: ["application.created"] },
      { url: "https://example.com/", description: "", events: [] },
      { url: "https://example.com/", description: "", events: ["application.secret_stuff"] },
      { url: "https://exa\u0000mple.com/", description: "", events: ["application.created"] },
      { url: "x".repeat(5000), description: "", events: ["application.created"] },
    ]) {
      expect(await actions.createWebhookEndpointAction(input)).toMatchObject({ ok: false });
    }
    expect(await actions.redeliverWebhookAction({ deliveryId: "no-such-delivery" })).toMatchObject({ ok: false });
    expect(await actions.setWebhookEndpointEnabledAction({ endpointId: "missing", enabled: false })).toMatchObject({
      ok: false,
      message: "That endpoint no longer exists.",
    });
    expect(await actions.allowWebhookHostAction({ host: "http://evil/" })).toMatchObject({ ok: false });
  });

  it("lets an admin rotate a secret, shown once, and refuses a window off the list", async () => {
    signInAs("ADMIN");
    const url = `https://hr-${uniqueSuffix()}.example.com/hook`;
    const created = await actions.createWebhookEndpointAction({ url, description: "", events: ["candidate.erased"] });
    await testDb.webhookEndpoint.updateMany({ where: { url }, data: { enabled: false } });
    const endpointId = (created as { endpointId: string }).endpointId;
    const rotated = await actions.rotateWebhookSecretAction({ endpointId, overlapHours: "24" });
    expect(rotated).toMatchObject({ ok: true, secret: expect.stringMatching(/^whsec_[A-Za-z0-9+/]+=*$/) });
    expect((rotated as { secret: string }).secret).not.toBe((created as { secret: string }).secret);
    for (const input of [
      { endpointId, overlapHours: "5" },
      { endpointId, overlapHours: 24 },
      { endpointId: "missing", overlapHours: "24" },
      { endpointId: "\u0000", overlapHours: "24" },
      null,
    ])
      expect(await actions.rotateWebhookSecretAction(input), JSON.stringify(input)).toMatchObject({ ok: false });
    expect(await actions.endWebhookSecretOverlapAction({ endpointId })).toMatchObject({ ok: true });
    expect(
      await testDb.webhookEndpoint.findFirstOrThrow({ where: { url }, select: { previousSecretEncrypted: true } }),
    ).toEqual({ previousSecretEncrypted: null });
  });
});
