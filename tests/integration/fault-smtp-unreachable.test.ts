// The mail server unreachable (issue 16, Faults): applying and a staff action that emails answer
// without waiting on SMTP, the outbox keeps every message for the worker, and once a mail server
// listens again each message is delivered exactly once.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rejectApplicationAction } from "@/app/(hiring)/_actions/pipeline";
import { deliverOutboxMessage } from "@/lib/email/outbox";
import { loadApplicationFormContext } from "@/lib/submissions/load-form-context";
import { createStaffSession, createStaffUser, ensureLegalForms } from "../factories";
import { validApplicationPayload } from "../support/application-payload";
import { TEST_AUTH_SECRET } from "../support/auth-core";
import { postCareersApplication } from "../support/careers-apply";
import { testDb } from "../support/db";
import { nextRequest, runAfterResponse } from "../support/next-request";
import { createPipelineFixture, rejectionFixtures } from "../support/pipeline";
import { freePort } from "../support/private-postgres";
import { startSmtpCapture } from "../support/smtp-capture";

const APPLICATIONS = 4;
const smtpPort = await freePort();
const storageDir = await mkdtemp(path.join(tmpdir(), "trellis-fault-smtp-"));
const savedEnv = { ...process.env };
// Nothing listens on the port: every connection is refused until the sink starts below.
Object.assign(process.env, {
  SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
  STORAGE_DIR: storageDir,
  AUTH_SECRET: TEST_AUTH_SECRET,
});

// The worker's retry, for this test's messages only: the outbox is shared with test files running
// beside this one, whose pending messages are theirs to send (draining them all would send them to
// this sink and fail their tests, or wait on messages this test never made).
async function retryOwnMessages(): Promise<void> {
  const pending = await testDb.emailOutbox.findMany({
    where: { application: { jobId: jobIdUnderTest }, status: "PENDING" },
    orderBy: { id: "asc" },
    select: { id: true },
  });
  for (const { id } of pending) await deliverOutboxMessage(id);
}
let jobIdUnderTest = -1;

let sink: Awaited<ReturnType<typeof startSmtpCapture>> | undefined;
beforeAll(() => ensureLegalForms(testDb));
afterAll(async () => {
  nextRequest.cookie = "";
  await sink?.close();
  await rm(storageDir, { recursive: true, force: true });
  process.env = savedEnv;
});

describe("SMTP unreachable", () => {
  it("answers without waiting on the mail server, keeps every message, and delivers each once when it is back", async () => {
    const { job, applications: existing } = await createPipelineFixture({ applicationCount: 1 });
    jobIdUnderTest = job.id;

    // Candidates apply through the careers route; the confirmation is sent after the response.
    const applied: string[] = [];
    for (let n = 0; n < APPLICATIONS; n++) {
      const payload = validApplicationPayload(await loadApplicationFormContext({ id: job.id }));
      const response = await postCareersApplication(job.slug, payload);
      expect(response.status).toBe(201);
      applied.push(String(payload.email));
    }

    // A recruiter rejects with an email: the action answers, the email waits in the outbox.
    const recruiter = await createStaffUser(testDb, { role: "RECRUITER" });
    nextRequest.cookie = `authjs.session-token=${(await createStaffSession(testDb, recruiter.id)).sessionToken}`;
    const reason = await (await rejectionFixtures()).reason("Not enough relevant experience");
    const rejected = await rejectApplicationAction(job.id, {
      applicationId: existing[0]!.id,
      expectedVersion: 0,
      rejection: {
        kind: "WE_REJECTED",
        reasonId: reason.id,
        sendEmail: true,
        subject: "Your application",
        body: "Thank you for your time.",
      },
    });
    expect(rejected).toMatchObject({ ok: true });

    // Each response above was complete before any send was tried. After the response the app
    // only hands the messages to the worker (decision 0049), whose sends are all refused, all kept.
    const jobMail = { application: { jobId: job.id } };
    expect(await testDb.emailOutbox.count({ where: { ...jobMail, attempts: { gt: 0 } } })).toBe(0);
    await runAfterResponse();
    expect(await testDb.emailOutbox.count({ where: { ...jobMail, attempts: { gt: 0 } } })).toBe(0);
    await retryOwnMessages();
    await retryOwnMessages();
    const waiting = await testDb.emailOutbox.findMany({
      where: jobMail,
      select: { status: true, attempts: true, lastError: true, template: true },
      orderBy: { id: "asc" },
    });
    expect(waiting).toHaveLength(APPLICATIONS + 1);
    for (const message of waiting) {
      expect(message).toMatchObject({ status: "PENDING", attempts: 2 });
      expect(message.lastError).toMatch(/ECONNREFUSED|connect/i);
    }
    expect(waiting.filter((message) => message.template !== "application-received")).toHaveLength(1);

    // The mail server comes back on the same port; the worker's next runs deliver everything once.
    sink = await startSmtpCapture({ port: smtpPort });
    await retryOwnMessages();
    await retryOwnMessages();
    const sent = await testDb.emailOutbox.findMany({
      where: jobMail,
      select: { status: true, messageId: true, toAddress: true },
      orderBy: { id: "asc" },
    });
    expect(sent.every((message) => message.status === "SENT")).toBe(true);
    const received = sink.messages.map((message) => message.messageId).sort();
    expect(received).toEqual(sent.map((message) => message.messageId).sort());
    expect(new Set(received).size).toBe(APPLICATIONS + 1);
    const recipients = sink.messages.map((message) => (message.to && "text" in message.to ? message.to.text : ""));
    for (const email of applied) expect(recipients.filter((to) => to === email)).toHaveLength(1);
  });
});
