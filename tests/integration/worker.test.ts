// The background worker driven for real: pg-boss on the test database, jobs sent and run, and
// mail delivered to a real SMTP server.
import path from "node:path";
import type PgBoss from "pg-boss";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { getQueue, QUEUE_SCHEMA, stopQueue } from "@/lib/queue/client";
import { enqueueJob } from "@/lib/queue/enqueue-job";
import { DELIVER_PENDING_EMAIL } from "@/lib/queue/jobs";
import { dispatchEmails } from "@/lib/email/dispatch-emails";
import { startWorker, type RunningWorker } from "@/lib/queue/start-worker";
import { readSchema, SCHEMA_PATH, withSchemaEngine } from "@/scripts/db/schema-engine";
import { testDb } from "../support/db";
import { startSmtpCapture } from "../support/smtp-capture";

// SMTP_URL is read once per process (lib/env.ts), so it is set before anything reads it.
const smtp = await startSmtpCapture();
const previousSmtpUrl = process.env.SMTP_URL;
process.env.SMTP_URL = smtp.url;
const databaseUrl = inject("databaseUrl");

const workers: RunningWorker[] = [];
async function startTestWorker(): Promise<RunningWorker> {
  const worker = await startWorker(databaseUrl, { log: () => undefined, pollingIntervalSeconds: 0.5 });
  workers.push(worker);
  return worker;
}

// Earlier test files (they run one after another on this database) leave pending mail behind;
// the sweep takes the oldest first, so this file's messages would wait behind theirs.
beforeAll(async () => {
  await testDb.emailOutbox.updateMany({
    where: { status: { in: ["PENDING", "SENDING"] } },
    data: { status: "FAILED", lastError: "left by an earlier test file" },
  });
});

afterEach(async () => {
  await Promise.all(workers.splice(0).map((worker) => worker.stop(1_000)));
});
afterAll(async () => {
  await stopQueue();
  process.env.SMTP_URL = previousSmtpUrl;
  await smtp.close();
});

/** A message whose first delivery failed: PENDING, one attempt, the error kept. */
async function pendingEmail(subject: string) {
  return testDb.emailOutbox.create({
    data: {
      toAddress: "grace@example.com",
      subject,
      textBody: subject,
      template: "test",
      status: "PENDING",
      attempts: 1,
      lastError: "connect ECONNREFUSED",
    },
    select: { id: true },
  });
}

const uniqueSubject = (label: string) => `${label} ${crypto.randomUUID()}`;
const received = (subject: string) => smtp.messages.filter((mail) => mail.subject === subject);

async function waitForJobs(boss: PgBoss, ids: string[], timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const jobs = await Promise.all(ids.map((id) => boss.getJobById(DELIVER_PENDING_EMAIL, id)));
    if (jobs.every((job) => job && ["completed", "failed", "cancelled"].includes(job.state)))
      return jobs.map((job) => job!);
    if (Date.now() > deadline) throw new Error(`Jobs still running: ${jobs.map((job) => job?.state).join(", ")}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe("background worker", () => {
  it("starts on a database without its schema and schedules the pending-email sweep every minute", async () => {
    await testDb.$executeRawUnsafe(`DROP SCHEMA IF EXISTS ${QUEUE_SCHEMA} CASCADE`);
    const { boss } = await startTestWorker();
    expect(await boss.getQueue(DELIVER_PENDING_EMAIL)).toMatchObject({ name: DELIVER_PENDING_EMAIL, retryLimit: 0 });
    expect(await boss.getSchedules()).toContainEqual(
      expect.objectContaining({ name: DELIVER_PENDING_EMAIL, cron: "* * * * *" }),
    );
  });

  it("delivers a pending email when the job runs", async () => {
    const subject = uniqueSubject("Retry me");
    const { id } = await pendingEmail(subject);
    const { boss } = await startTestWorker();

    const jobId = await enqueueJob(DELIVER_PENDING_EMAIL);
    expect(jobId).toBeTruthy();
    const [job] = await waitForJobs(boss, [jobId!]);

    expect(job).toMatchObject({ state: "completed" });
    expect(received(subject)).toHaveLength(1);
    const row = await testDb.emailOutbox.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "SENT", attempts: 2, lastError: null });
  });

  it("sends the emails the app hands over, which the app never tries itself (decision 0049)", async () => {
    const subject = uniqueSubject("Handed over");
    const { id } = await testDb.emailOutbox.create({
      data: { toAddress: "grace@example.com", subject, textBody: subject, template: "test" },
      select: { id: true },
    });
    await dispatchEmails([id]);
    expect(await testDb.emailOutbox.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "PENDING",
      attempts: 0,
    });
    await startTestWorker();
    const deadline = Date.now() + 15_000;
    while ((await testDb.emailOutbox.findUniqueOrThrow({ where: { id } })).status !== "SENT" && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await testDb.emailOutbox.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "SENT",
      attempts: 1,
    });
    expect(received(subject)).toHaveLength(1);
  });

  it("delivers a message once when two workers, started at once, run the sweep together", async () => {
    await testDb.$executeRawUnsafe(`DROP SCHEMA IF EXISTS ${QUEUE_SCHEMA} CASCADE`);
    const subject = uniqueSubject("Exactly once");
    const { id } = await pendingEmail(subject);
    const [first, second] = await Promise.all([startTestWorker(), startTestWorker()]);

    // Several sweeps at the same moment, sent from both workers so each polls its share.
    const jobIds = await Promise.all(
      [first, second, first, second].map(({ boss }) => boss.send(DELIVER_PENDING_EMAIL, {})),
    );
    const jobs = await waitForJobs(
      first.boss,
      jobIds.map((jobId) => jobId!),
    );

    expect(jobs.map((job) => job.state)).toEqual(["completed", "completed", "completed", "completed"]);
    expect(received(subject)).toHaveLength(1);
    const row = await testDb.emailOutbox.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: "SENT", attempts: 2 });
  });

  it("enqueues inside a transaction: the job exists only if the transaction commits", async () => {
    await startTestWorker(); // makes sure the queue exists
    const rolledBack = crypto.randomUUID();
    await expect(
      testDb.$transaction(async (tx) => {
        await enqueueJob(DELIVER_PENDING_EMAIL, { marker: rolledBack }, { tx });
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");

    const committed = crypto.randomUUID();
    const jobId = await testDb.$transaction((tx) => enqueueJob(DELIVER_PENDING_EMAIL, { marker: committed }, { tx }));

    const boss = await getQueue();
    expect(await boss.getJobById(DELIVER_PENDING_EMAIL, jobId!)).toMatchObject({ data: { marker: committed } });
    const markers = await testDb.$queryRawUnsafe<{ marker: string }[]>(
      `SELECT data->>'marker' AS marker FROM ${QUEUE_SCHEMA}.job WHERE name = $1 AND data->>'marker' IN ($2, $3)`,
      DELIVER_PENDING_EMAIL,
      rolledBack,
      committed,
    );
    expect(markers).toEqual([{ marker: committed }]);
  });

  it("leaves Prisma's schema alone: the database it ran on still matches schema.prisma", async () => {
    await startTestWorker();
    const files = [{ path: "schema.prisma", content: await readSchema() }];
    // The live database (public schema, with pg-boss's tables beside it) against the schema.
    const diff = await withSchemaEngine(databaseUrl, (engine) =>
      engine.diff({
        from: { tag: "schemaDatasource", files, configDir: path.dirname(SCHEMA_PATH) },
        to: { tag: "schemaDatamodel", files },
        script: true,
        exitCode: true,
        filters: { externalTables: [], externalEnums: [] },
      }),
    );
    expect(diff.exitCode, diff.stdout ?? "").toBe(0);
  });
});
