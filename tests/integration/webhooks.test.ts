import { describe, expect, it } from "vitest";
import { Webhook } from "standardwebhooks";
import type { Actor } from "@/lib/auth/actor";
import { moveApplicationStage } from "@/lib/pipeline/move-application-stage";
import { eraseCandidate } from "@/lib/privacy/erase-candidate";
import { resolveDeliveryAddress } from "@/lib/webhooks/address-guard";
import { deliverDueWebhooks } from "@/lib/webhooks/deliver-webhooks";
import {
  createWebhookEndpoint,
  redeliverWebhook,
  setWebhookEndpointEnabled,
  setWebhookHostAllowed,
} from "@/lib/webhooks/manage-endpoints";
import { getWebhookEndpointLog, listWebhookEndpoints } from "@/lib/webhooks/list-webhooks";
import { createApplication } from "../factories";
import { expectAppError } from "../support/app-error";
import { testDb } from "../support/db";
import { createActor, createPipelineFixture } from "../support/pipeline";
import { useWebhookEndpoints } from "../support/webhook-endpoints";

const HOUR = 60 * 60 * 1000;
const hooks = useWebhookEndpoints();
const { addEndpoint, allow127, verified } = hooks;

async function move(actor: Actor, applicationId: string, toStageId: number) {
  const { version } = await testDb.application.findUniqueOrThrow({ where: { id: applicationId } });
  return moveApplicationStage({ actor, applicationId, toStageId, expectedVersion: version });
}

describe("webhook delivery", () => {
  it("signs each event so the standardwebhooks library verifies it, in order per application", async () => {
    await allow127(true);
    const endpoint = await addEndpoint();
    const { applications, recruiter, stage } = await createPipelineFixture({ applicationCount: 1 });
    const applicationId = applications[0]!.id;
    await move(recruiter, applicationId, stage("Recruiter screen").id);
    await move(recruiter, applicationId, stage("Hired").id);

    expect(await deliverDueWebhooks()).toEqual({ delivered: 3, failed: 0 });
    const events = verified(endpoint.secret);
    expect(events.map((event) => [event.payload.type, (event.payload.data.stage as { name: string }).name])).toEqual([
      ["application.stage_changed", "Recruiter screen"],
      ["application.stage_changed", "Hired"],
      ["application.hired", "Hired"],
    ]);
    expect(new Set(events.map((event) => event.id)).size).toBe(3);
    expect(() =>
      new Webhook(`whsec_${Buffer.from("another key").toString("base64")}`).verify(
        hooks.receiver.received[0]!.body,
        hooks.receiver.received[0]!.headers as Record<string, string>,
      ),
    ).toThrow();
  });

  it("retries after a 500 with backoff and holds the application's later events until the earlier one is through", async () => {
    await allow127(true);
    const endpoint = await addEndpoint(["application.stage_changed"]);
    const { applications, recruiter, stage } = await createPipelineFixture({ applicationCount: 1 });
    const applicationId = applications[0]!.id;
    hooks.receiver.answerWith(500);
    await move(recruiter, applicationId, stage("Recruiter screen").id);
    expect(await deliverDueWebhooks()).toEqual({ delivered: 0, failed: 1 });

    const { deliveries } = await getWebhookEndpointLog({ actor: hooks.admin, endpointId: endpoint.id });
    expect(deliveries).toEqual([
      expect.objectContaining({ status: "PENDING", attempts: 1, responseStatus: 500, lastError: expect.any(String) }),
    ]);
    expect(deliveries[0]!.nextAttemptAt.getTime()).toBeGreaterThan(Date.now());

    await move(recruiter, applicationId, stage("Hiring manager screen").id);
    // The second event is due, but the first is still pending: nothing goes out.
    expect(await deliverDueWebhooks()).toEqual({ delivered: 0, failed: 0 });
    expect(hooks.receiver.received).toHaveLength(1);

    expect(await deliverDueWebhooks({ now: new Date(Date.now() + HOUR) })).toEqual({ delivered: 2, failed: 0 });
    const events = verified(endpoint.secret);
    expect(events.map((event) => (event.payload.data.stage as { name: string }).name)).toEqual([
      "Recruiter screen",
      "Recruiter screen",
      "Hiring manager screen",
    ]);
    // The retry is the same message: receivers deduplicate by webhook-id.
    expect(events[1]!.id).toBe(events[0]!.id);
    const log = await getWebhookEndpointLog({ actor: hooks.admin, endpointId: endpoint.id });
    expect(log.deliveries.map((delivery) => [delivery.status, delivery.attempts])).toEqual([
      ["DELIVERED", 1],
      ["DELIVERED", 2],
    ]);
  });

  it("redelivers by hand with the same webhook-id", async () => {
    await allow127(true);
    const endpoint = await addEndpoint(["application.stage_changed"]);
    const { applications, recruiter, stage } = await createPipelineFixture({ applicationCount: 1 });
    await move(recruiter, applications[0]!.id, stage("Recruiter screen").id);
    await deliverDueWebhooks();
    const [delivery] = (await getWebhookEndpointLog({ actor: hooks.admin, endpointId: endpoint.id })).deliveries;
    await redeliverWebhook({ actor: hooks.admin, input: { deliveryId: delivery!.id } });
    expect(await deliverDueWebhooks()).toEqual({ delivered: 1, failed: 0 });
    const events = verified(endpoint.secret);
    expect(events).toHaveLength(2);
    expect(events[1]!.id).toBe(events[0]!.id);
  });

  it("disables an endpoint that failed for 3 days and emails the admins", async () => {
    await allow127(true);
    const endpoint = await addEndpoint(["application.stage_changed"]);
    const { applications, recruiter, stage } = await createPipelineFixture({ applicationCount: 1 });
    hooks.receiver.answerWith(500, 503);
    await move(recruiter, applications[0]!.id, stage("Recruiter screen").id);
    await deliverDueWebhooks();
    expect(await testDb.webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } })).toMatchObject({
      enabled: true,
    });
    await deliverDueWebhooks({ now: new Date(Date.now() + 3 * 24 * HOUR + HOUR) });
    expect(await testDb.webhookEndpoint.findUniqueOrThrow({ where: { id: endpoint.id } })).toMatchObject({
      enabled: false,
      disabledForFailures: true,
    });
    const mail = await testDb.emailOutbox.findMany({
      where: {
        template: "webhook-endpoint-disabled",
        userId: hooks.admin.userId,
        textBody: { contains: hooks.receiver.url },
      },
      select: { toAddress: true },
      orderBy: { createdAt: "asc" },
    });
    expect(mail).toEqual([{ toAddress: hooks.admin.email }]);

    // Enabling again sends what waited.
    await setWebhookEndpointEnabled({ actor: hooks.admin, input: { endpointId: endpoint.id, enabled: true } });
    expect(await deliverDueWebhooks({ now: new Date(Date.now() + 4 * 24 * HOUR) })).toEqual({
      delivered: 1,
      failed: 0,
    });
  });

  it("tells downstream systems to erase, and never sends names, contact details or accommodation details", async () => {
    await allow127(true);
    const endpoint = await addEndpoint();
    const { job, recruiter, stage } = await createPipelineFixture({ applicationCount: 0 });
    const application = await createApplication(testDb, {
      jobId: job.id,
      accommodation: {
        kinds: ["OTHER"],
        details: "Needs a quiet room for a sensory condition",
        preferredContact: "EMAIL",
      },
    });
    const candidate = await testDb.candidate.findUniqueOrThrow({ where: { id: application.candidateId } });
    await move(recruiter, application.id, stage("Recruiter screen").id);
    await eraseCandidate({ candidateId: candidate.id, source: "STAFF", actor: hooks.admin });

    await deliverDueWebhooks();
    const events = verified(endpoint.secret);
    expect(events.map((event) => event.payload.type)).toEqual(["application.stage_changed", "candidate.erased"]);
    expect(events[1]!.payload.data).toEqual({ candidateId: candidate.id, applicationIds: [application.id] });
    const everything = hooks.receiver.received.map((request) => request.body).join("\n");
    for (const secret of [candidate.firstName, candidate.lastName, candidate.email, "quiet room", "sensory"])
      expect(everything).not.toContain(secret);
    expect(everything).not.toMatch(/accommodation|selfIdentification|gender|race|veteran|disability/i);
  });
});

describe("webhook SSRF guard", () => {
  it.each([
    ["127.0.0.1", "http://127.0.0.1:9/"],
    ["10.x", "http://10.1.2.3/"],
    ["cloud metadata", "http://169.254.169.254/latest/meta-data/"],
    ["IPv6 loopback", "http://[::1]/"],
    ["IPv4-mapped loopback", "http://[::ffff:127.0.0.1]/"],
    ["unique-local", "http://[fd00::1]/"],
    ["CGNAT", "http://100.64.0.1/"],
    ["unspecified", "http://0.0.0.0/"],
    ["a name resolving to loopback", "http://localhost/"],
  ])("refuses %s unless the host is allowed", async (_name, url) => {
    await allow127(false);
    await expect(resolveDeliveryAddress(new URL(url), new Set())).rejects.toThrow(/Refused/);
  });

  it("connects to an allowed host only, and never sends to 127.0.0.1 when it is not allowed", async () => {
    await allow127(false);
    const endpoint = await addEndpoint(["application.stage_changed"]);
    const { applications, recruiter, stage } = await createPipelineFixture({ applicationCount: 1 });
    await move(recruiter, applications[0]!.id, stage("Recruiter screen").id);
    expect(await deliverDueWebhooks()).toEqual({ delivered: 0, failed: 1 });
    expect(hooks.receiver.received).toEqual([]);
    const [delivery] = (await getWebhookEndpointLog({ actor: hooks.admin, endpointId: endpoint.id })).deliveries;
    expect(delivery).toMatchObject({
      status: "PENDING",
      responseStatus: null,
      lastError: expect.stringMatching(/Refused/),
    });

    await allow127(true);
    expect(await deliverDueWebhooks({ now: new Date(Date.now() + HOUR) })).toEqual({ delivered: 1, failed: 0 });
    expect(hooks.receiver.received).toHaveLength(1);
  });
});

describe("webhook permissions", () => {
  it("lets only admins manage endpoints and the allow-list", async () => {
    const endpoint = await addEndpoint(["application.created"]);
    for (const role of ["RECRUITER", "COORDINATOR", "HIRING_MANAGER", "INTERVIEWER"] as const) {
      const actor = await createActor(role);
      const input = { url: "https://hr.example.com/hook", description: "", events: ["application.created" as const] };
      await expectAppError(createWebhookEndpoint({ actor, input }), "FORBIDDEN");
      await expectAppError(listWebhookEndpoints({ actor }), "FORBIDDEN");
      await expectAppError(getWebhookEndpointLog({ actor, endpointId: endpoint.id }), "FORBIDDEN");
      await expectAppError(
        setWebhookEndpointEnabled({ actor, input: { endpointId: endpoint.id, enabled: false } }),
        "FORBIDDEN",
      );
      await expectAppError(setWebhookHostAllowed({ actor, input: { host: "10.0.0.1" }, allowed: true }), "FORBIDDEN");
    }
    const listed = await listWebhookEndpoints({ actor: hooks.admin });
    expect(listed.endpoints.find((row) => row.id === endpoint.id)).not.toHaveProperty("secret");
  });
});
