// Webhooks, API tokens, availability and candidate self-scheduling for every kind of staff member
// a forged request could come from (docs/security.md): webhooks and tokens are admins' alone and
// their secrets never appear on a page after creation (a token's hash never); availability is
// read by schedulers, a hiring manager for their jobs' panels and its owner, and edited by its
// owner or an admin; offering times, the cut-off and publishing anyway refuse everyone else and
// write nothing.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { createApiToken } from "@/lib/api-tokens/manage-api-tokens";
import { hashApiToken } from "@/lib/api-tokens/token-secret";
import { saveAvailability } from "@/lib/self-scheduling/availability";
import { offerSlots } from "@/lib/self-scheduling/offer-slots";
import { availabilityFormSchema, offerSlotsFormSchema } from "@/lib/self-scheduling/schema";
import { createWebhookEndpoint } from "@/lib/webhooks/manage-endpoints";
import { createApplication } from "../factories";
import { TEST_AUTH_SECRET } from "../support/auth-core";
import { createProfileFixture } from "../support/candidate-profile";
import { createPersonas, PERSONAS, type Persona } from "../support/staff-personas";
import { testDb } from "../support/db";
import { nextRequest } from "../support/next-request";
import { daysAhead, offerFormValues } from "../support/self-scheduling";
import { renderedPage, visitPage } from "../support/staff-page-visit";
import { disableNewWebhookEndpoints } from "../support/webhook-endpoints";

process.env.AUTH_SECRET = TEST_AUTH_SECRET;

const webhooksPage = await import("@/app/(hiring)/hiring/webhooks/page");
const endpointPage = await import("@/app/(hiring)/hiring/webhooks/[endpointId]/page");
const tokensPage = await import("@/app/(hiring)/hiring/api-tokens/page");
const myAvailabilityPage = await import("@/app/(hiring)/hiring/availability/page");
const availabilityPage = await import("@/app/(hiring)/hiring/availability/[userId]/page");
const webhookActions = await import("@/app/(hiring)/hiring/webhooks/actions");
const tokenActions = await import("@/app/(hiring)/hiring/api-tokens/actions");
const availabilityActions = await import("@/app/(hiring)/hiring/availability/actions");
const slotActions = await import("@/app/(hiring)/hiring/applications/[applicationId]/slot-offer-actions");
const cutoffActions = await import("@/app/(hiring)/hiring/jobs/[jobId]/interview-plan/self-schedule-actions");
const publishingActions = await import("@/app/(hiring)/hiring/jobs/publishing-actions");

disableNewWebhookEndpoints("file");

const SCHEDULERS: Persona[] = ["admin", "recruiter", "coordinator"];
// Whose availability page shows the panel interviewer's hours and days away.
const READS_PANEL_AVAILABILITY: Persona[] = [...SCHEDULERS, "teamManager", "panel"];
const DAY_AWAY_NOTE = "Wombat appointment";

let actors: Record<Persona, Actor>;
let signInAs: (persona: Persona) => void;
let fixture: Awaited<ReturnType<typeof createProfileFixture>>;
let endpoint: { id: string; secret: string };
let token: { id: string; secret: string };
let slotOfferId: string;

const weekdays = (note = "") => ({
  timeZone: "UTC",
  windows: ["1", "2", "3", "4", "5"].map((weekday) => ({ weekday, start: "09:00", end: "17:00" })),
  exceptions: note ? [{ firstDay: daysAhead(30), lastDay: daysAhead(31), note }] : [],
});

beforeAll(async () => {
  fixture = await createProfileFixture();
  ({ actors, signInAs } = await createPersonas(fixture));
  const { admin, interviewer, coordinator } = fixture;
  endpoint = await createWebhookEndpoint({
    actor: admin,
    input: { url: "https://hr.example.test/trellis", description: "HR", events: ["application.created"] },
  });
  token = await createApiToken({
    actor: admin,
    input: { name: "HR system", scopes: ["jobs:read"], expiresInDays: "90" },
  });
  await saveAvailability({
    actor: interviewer,
    userId: interviewer.userId,
    input: availabilityFormSchema.parse(weekdays(DAY_AWAY_NOTE)),
  });
  slotOfferId = (
    await offerSlots({
      actor: coordinator,
      applicationId: fixture.application.id,
      input: offerSlotsFormSchema.parse(offerFormValues([interviewer.userId])),
    })
  ).offerId;
});

beforeEach(() => {
  nextRequest.cookie = "";
});

/** The page's HTML and every prop its tree hands to components (the RSC payload's data). */
async function render(page: Parameters<typeof visitPage>[0], params: Record<string, string> = {}) {
  const outcome = await visitPage(page, {}, params);
  const { html, payload } = await renderedPage(outcome);
  return { kind: outcome.kind, body: `${html}\n${payload}` };
}

describe("webhook and API token pages", () => {
  it.each(PERSONAS)("are for admins only, and never show a secret or a hash (%s)", async (persona) => {
    signInAs(persona);
    const expected = persona === "admin" ? "rendered" : "notFound";
    for (const page of [
      await render(webhooksPage),
      await render(endpointPage, { endpointId: endpoint.id }),
      await render(tokensPage),
    ]) {
      expect(page.kind, persona).toBe(expected);
      expect(page.body).not.toContain(endpoint.secret);
      expect(page.body).not.toContain(token.secret);
      expect(page.body).not.toContain(hashApiToken(token.secret));
    }
    // The admin's pages do list what was made (so the absence above is not an empty page).
    if (persona === "admin") {
      expect((await render(webhooksPage)).body).toContain("https://hr.example.test/trellis");
      expect((await render(tokensPage)).body).toContain("HR system");
    }
  });
});

describe("availability pages", () => {
  it.each(PERSONAS)("show %s its own, and the panel's only if it schedules or manages that job", async (persona) => {
    signInAs(persona);
    expect((await render(myAvailabilityPage)).kind).toBe("rendered");
    const panel = await render(availabilityPage, { userId: actors.panel.userId });
    expect(panel.kind).toBe(READS_PANEL_AVAILABILITY.includes(persona) ? "rendered" : "notFound");
    expect(panel.body.includes(DAY_AWAY_NOTE)).toBe(READS_PANEL_AVAILABILITY.includes(persona));
    expect((await render(availabilityPage, { userId: "x\u0000" })).kind).toBe("notFound");
  });
});

const rows = async () => ({
  endpoints: await testDb.webhookEndpoint.findMany({
    select: { id: true, enabled: true, secretEncrypted: true, previousSecretEncrypted: true },
    orderBy: { id: "asc" },
  }),
  hosts: await testDb.webhookAllowedHost.findMany({ select: { host: true }, orderBy: { host: "asc" } }),
  tokens: await testDb.apiToken.findMany({ select: { id: true, revokedAt: true }, orderBy: { id: "asc" } }),
  availability: await testDb.availabilityWindow.count({ where: { userId: actors.panel.userId } }),
  exceptions: await testDb.availabilityException.count({ where: { userId: actors.panel.userId } }),
  slotOffers: await testDb.slotOffer.findMany({ select: { id: true, status: true }, orderBy: { id: "asc" } }),
  jobs: await testDb.job.findMany({
    where: { id: { in: [fixture.job.id, fixture.otherJob.id] } },
    select: { id: true, status: true, selfScheduleCutoffHours: true },
    orderBy: { id: "asc" },
  }),
});

describe("forged actions", () => {
  it.each(PERSONAS)("refuse %s what the matrix does not give it, and write nothing", async (persona) => {
    signInAs(persona);
    const calls: Record<string, () => Promise<{ ok: boolean }>> = {};
    if (persona !== "admin")
      Object.assign(calls, {
        createEndpoint: () =>
          webhookActions.createWebhookEndpointAction({
            url: "https://attacker.example.test/hook",
            description: "",
            events: ["application.created"],
          }),
        disableEndpoint: () =>
          webhookActions.setWebhookEndpointEnabledAction({ endpointId: endpoint.id, enabled: false }),
        redeliver: () => webhookActions.redeliverWebhookAction({ deliveryId: endpoint.id }),
        rotateSecret: () => webhookActions.rotateWebhookSecretAction({ endpointId: endpoint.id, overlapHours: "0" }),
        endSecretOverlap: () => webhookActions.endWebhookSecretOverlapAction({ endpointId: endpoint.id }),
        allowHost: () => webhookActions.allowWebhookHostAction({ host: "127.0.0.1" }),
        createToken: () =>
          tokenActions.createApiTokenAction({ name: "Mine", scopes: ["applications:read"], expiresInDays: "never" }),
        revokeToken: () => tokenActions.revokeApiTokenAction({ tokenId: token.id }),
        // Someone else's hours (an admin may); nobody books another person's time.
        availability: () => availabilityActions.saveAvailabilityAction(actors.panel.userId, weekdays()),
        publishAnyway: () =>
          publishingActions.publishJobWithOverrideAction(fixture.otherJob.id, { reason: "Forged reason here" }),
      });
    if (persona === "panel") delete calls.availability;
    if (!SCHEDULERS.includes(persona))
      Object.assign(calls, {
        offerTimes: () => slotActions.offerSlotsAction(fixture.application.id, offerFormValues([actors.panel.userId])),
        withdrawTimes: () => slotActions.withdrawSlotOfferAction({ offerId: slotOfferId }),
        cutoff: () => cutoffActions.setSelfScheduleCutoffAction({ jobId: fixture.job.id, cutoffHours: "1" }),
      });
    const before = await rows();
    for (const [name, call] of Object.entries(calls))
      expect(await call(), `${persona}: ${name}`).toMatchObject({ ok: false });
    expect(await rows(), persona).toEqual(before);
  });

  it("let the roles the matrix allows act (so the refusals above are about permission)", async () => {
    signInAs("panel");
    expect(await availabilityActions.saveAvailabilityAction(actors.panel.userId, weekdays())).toMatchObject({
      ok: true,
    });
    signInAs("admin");
    const saved = await availabilityActions.saveAvailabilityAction(actors.panel.userId, weekdays(DAY_AWAY_NOTE));
    expect(saved).toMatchObject({ ok: true });
    expect(await webhookActions.allowWebhookHostAction({ host: "hr.internal.example.test" })).toMatchObject({
      ok: true,
    });
    signInAs("coordinator");
    const application = await createApplication(testDb, { jobId: fixture.job.id });
    const offered = await slotActions.offerSlotsAction(application.id, offerFormValues([actors.panel.userId]));
    expect(offered, JSON.stringify(offered)).toMatchObject({ ok: true });
  });
});
