// Every webhook event, caused through the real entry points (the careers form's route, the Job
// Board API, the staff API, the domain functions behind staff screens and candidate pages) and
// received by a real HTTP receiver: signed, in order per application, and never carrying what
// identifies or describes a person.
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { POST as applyViaBoard } from "@/app/api/job-board/v1/boards/[boardToken]/jobs/[jobId]/route";
import { acceptOffer } from "@/lib/offers/answer-offer";
import { moveApplicationStage } from "@/lib/pipeline/move-application-stage";
import { rejectApplication } from "@/lib/pipeline/reject-application";
import { eraseCandidate } from "@/lib/privacy/erase-candidate";
import { loadApplicationFormContext } from "@/lib/submissions/load-form-context";
import { deliverDueWebhooks } from "@/lib/webhooks/deliver-webhooks";
import type { WebhookBody } from "@/lib/webhooks/payload";
import {
  createApplication,
  createJob,
  createOrganization,
  ensureLegalForms,
  SAMPLE_QUESTIONS,
  type CreatedJob,
} from "../factories";
import { validApplicationPayload, validGreenhousePayload } from "../support/application-payload";
import { postCareersApplication } from "../support/careers-apply";
import { testDb } from "../support/db";
import { pdfFile } from "../support/documents";
import { useJobEditor } from "../support/job-editor";
import { offerFixture } from "../support/offers";
import { rejectionFixtures } from "../support/pipeline";
import { callApi, createTokenWithScopes } from "../support/staff-api";
import { useWebhookEndpoints } from "../support/webhook-endpoints";

const API_KEY = "webhook-events-board-key-0123456789";
process.env.JOB_BOARD_API_KEY = API_KEY;
process.env.STORAGE_DIR = await mkdtemp(path.join(tmpdir(), "trellis-webhook-events-"));

const hooks = useWebhookEndpoints();
const editor = useJobEditor();
let job: CreatedJob;
let boardToken: string;

beforeAll(async () => {
  await ensureLegalForms(testDb);
  const organization = await createOrganization(testDb);
  boardToken = organization.boardToken;
  job = await createJob(testDb, { organizationId: organization.id, questions: [...SAMPLE_QUESTIONS] });
});

// Every key any payload may have. A new key fails here, so whoever adds one decides it is safe.
const ALLOWED_KEYS = new Set([
  ...["type", "version", "timestamp", "data", "links", "application", "job", "offer"],
  ...["applicationId", "candidateId", "jobId", "status", "stage", "id", "name", "kind"],
  ...["previousStageId", "offerId", "applicationIds"],
]);

function keysOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(keysOf);
  if (value && typeof value === "object")
    return Object.entries(value).flatMap(([key, inner]) => [key, ...keysOf(inner)]);
  return [];
}

/**
 * What the receiver got, verified with the endpoint's secret, after scanning every body: only
 * allowed keys, and none of the people's details (names, contact, accommodation) anywhere.
 */
function receivedPayloads(secret: string, personal: string[]): WebhookBody[] {
  const payloads = hooks.verified(secret).map((event) => event.payload);
  for (const payload of payloads) expect(keysOf(payload).filter((key) => !ALLOWED_KEYS.has(key))).toEqual([]);
  const bodies = hooks.receiver.received.map((request) => request.body).join("\n");
  for (const detail of personal) expect(bodies).not.toContain(detail);
  expect(bodies).not.toMatch(/accommodation|self.?identification|veteran|disabilit|gender|ethnicity/i);
  return payloads;
}

/** Each application's events in the order received, as "type stage". */
function byApplication(payloads: WebhookBody[]): Record<string, string[]> {
  const events: Record<string, string[]> = {};
  for (const { type, data } of payloads)
    for (const id of data.applicationIds ? (data.applicationIds as string[]) : [data.applicationId as string])
      (events[id] ??= []).push(
        data.stage ? `${type} ${(data.stage as { name: string }).name}` : `${type} ${data.candidateId as string}`,
      );
  return events;
}

const stageId = (name: string) => job.stages.find((stage) => stage.name === name)!.id;
const versionOf = async (applicationId: string) =>
  (await testDb.application.findUniqueOrThrow({ where: { id: applicationId }, select: { version: true } })).version;

async function applyThroughCareersForm() {
  const payload = validApplicationPayload(await loadApplicationFormContext({ id: job.id }), {
    accommodation: {
      requested: true,
      kinds: ["OTHER"],
      details: "Needs a quiet room for a sensory condition",
      preferredContact: "EMAIL",
    },
  });
  const response = await postCareersApplication(job.slug, payload);
  const body = (await response.json()) as { reference: string };
  expect(response.status, JSON.stringify(body)).toBe(201);
  const application = await testDb.application.findUniqueOrThrow({
    where: { reference: body.reference },
    select: { id: true, candidate: { select: { firstName: true, lastName: true, email: true, phone: true } } },
  });
  return { id: application.id, personal: [application.candidate.lastName, application.candidate.email] };
}

async function applyThroughJobBoard() {
  const email = `board-${Date.now().toString(36)}@example.com`;
  const form = new FormData();
  for (const [name, value] of Object.entries(validGreenhousePayload(job, email))) form.set(name, String(value));
  form.set("last_name", "Boardwalker");
  form.set("resume", pdfFile("grace-hopper.pdf"));
  const response = await applyViaBoard(
    new Request(`http://localhost/api/job-board/v1/boards/${boardToken}/jobs/${job.id}`, {
      method: "POST",
      body: form,
      headers: { authorization: `Basic ${Buffer.from(`${API_KEY}:`).toString("base64")}` },
    }),
    { params: Promise.resolve({ boardToken, jobId: String(job.id) }) },
  );
  const body = (await response.json()) as { application_reference: string };
  expect(response.status, JSON.stringify(body)).toBe(200);
  const { id } = await testDb.application.findUniqueOrThrow({
    where: { reference: body.application_reference },
    select: { id: true },
  });
  return { id, personal: ["Boardwalker", email] };
}

describe("webhook events end to end", () => {
  it("application created (careers form and Job Board API), moved (staff and staff API), hired and rejected arrive in order per application", async () => {
    await hooks.allow127(true);
    const endpoint = await hooks.addEndpoint();
    const careers = await applyThroughCareersForm();
    const board = await applyThroughJobBoard();
    const { recruiter } = editor;

    await moveApplicationStage({
      actor: recruiter,
      applicationId: careers.id,
      toStageId: stageId("Recruiter screen"),
      expectedVersion: await versionOf(careers.id),
    });
    const token = await createTokenWithScopes(["applications:write"]);
    const moved = await callApi(token.secret, `/applications/${careers.id}/move`, {
      body: { stage_id: stageId("Hired") },
    });
    expect(moved.status, await moved.clone().text()).toBe(200);
    const { reason } = await rejectionFixtures();
    await rejectApplication({
      actor: recruiter,
      applicationId: board.id,
      expectedVersion: await versionOf(board.id),
      rejection: { kind: "WE_REJECTED", reasonId: (await reason("Not enough relevant experience")).id, email: null },
    });

    expect(await deliverDueWebhooks()).toEqual({ delivered: 6, failed: 0 });
    const events = byApplication(receivedPayloads(endpoint.secret, [...careers.personal, ...board.personal]));
    expect(events).toEqual({
      [careers.id]: [
        "application.created Applied",
        "application.stage_changed Recruiter screen",
        "application.stage_changed Hired",
        "application.hired Hired",
      ],
      [board.id]: ["application.created Applied", "application.rejected Applied"],
    });
  });

  it("offer accepted comes before the move to Hired, and an erasure names every application to erase", async () => {
    await hooks.allow127(true);
    const endpoint = await hooks.addEndpoint();
    const fixture = await offerFixture();
    await fixture.approveAll();
    const statusToken = await fixture.release();
    const wording = await testDb.formVersion.findFirstOrThrow({
      where: { kind: "OFFER_ACCEPTANCE" },
      orderBy: { createdAt: "desc" },
    });
    await acceptOffer({
      statusToken,
      input: { offerId: fixture.offerId, wordingVersionId: wording.id, fullName: "Ada Lovelace" },
    });
    const candidate = await testDb.candidate.findUniqueOrThrow({ where: { id: fixture.application.candidateId } });
    await eraseCandidate({ candidateId: candidate.id, source: "STAFF", actor: hooks.admin });

    await deliverDueWebhooks();
    const payloads = receivedPayloads(endpoint.secret, [candidate.lastName, candidate.email, "Ada Lovelace"]);
    expect(byApplication(payloads)).toEqual({
      [fixture.application.id]: [
        "offer.accepted Offer",
        "application.stage_changed Hired",
        "application.hired Hired",
        `candidate.erased ${candidate.id}`,
      ],
    });
    expect(payloads.find((payload) => payload.type === "offer.accepted")!.data.offerId).toBe(fixture.offerId);
  });

  it("removing a stage sends a stage change for each application it held", async () => {
    await hooks.allow127(true);
    const endpoint = await hooks.addEndpoint(["application.stage_changed"]);
    const edited = await editor.newJob();
    const named = (name: string) => edited.values.stages.find((stage) => stage.name === name)!;
    const onsite = named("Onsite panel");
    const technical = named("Technical interviews");
    const held = [
      await createApplication(testDb, { jobId: edited.id, stageName: "Onsite panel" }),
      await createApplication(testDb, { jobId: edited.id, stageName: "Onsite panel" }),
    ];
    const elsewhere = await createApplication(testDb, { jobId: edited.id, stageName: "Technical interviews" });
    await editor.save(edited.id, {
      ...edited.values,
      stages: edited.values.stages.filter((stage) => stage.key !== onsite.key),
      stageMoves: [{ fromStageId: onsite.stageId!, toStageKey: technical.key }],
    });

    expect(await deliverDueWebhooks()).toEqual({ delivered: 2, failed: 0 });
    const payloads = receivedPayloads(endpoint.secret, []);
    expect(payloads.map((payload) => payload.data.applicationId).sort()).toEqual(held.map((a) => a.id).sort());
    for (const { data } of payloads)
      expect(data).toMatchObject({
        previousStageId: onsite.stageId,
        stage: { id: technical.stageId, name: "Technical interviews" },
      });
    expect(payloads.map((payload) => payload.data.applicationId)).not.toContain(elsewhere.id);
  });
});
