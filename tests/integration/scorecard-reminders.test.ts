// Overdue-scorecard reminders: which seats are due, exactly once per seat even when runs
// overlap, and the worker's scheduled job delivering them to a real SMTP server.
import type PgBoss from "pg-boss";
import { afterAll, describe, expect, inject, it } from "vitest";
import { stopQueue } from "@/lib/queue/client";
import { REMIND_OVERDUE_SCORECARDS } from "@/lib/queue/jobs";
import { remindOverdueScorecards } from "@/lib/scorecards/remind-overdue-scorecards";
import { startWorker } from "@/lib/queue/start-worker";
import { createApplication, createInterview, createJob, createScorecard, createStaffUser } from "../factories";
import { testDb } from "../support/db";
import { startSmtpCapture } from "../support/smtp-capture";

// SMTP_URL is read once per process (lib/env.ts), so it is set before anything reads it.
const smtp = await startSmtpCapture();
const previousSmtpUrl = process.env.SMTP_URL;
process.env.SMTP_URL = smtp.url;
afterAll(async () => {
  await stopQueue();
  process.env.SMTP_URL = previousSmtpUrl;
  await smtp.close();
});

const HOUR_MS = 60 * 60 * 1000;
const hoursAgo = (hours: number) => new Date(Date.now() - hours * HOUR_MS);

/** An interview of `durationMinutes` (60) that started `startedHoursAgo` ago, on a job with `dueHours`, and its panel. */
async function interviewWithPanel({
  startedHoursAgo,
  dueHours = 24,
  panelSize = 1,
  status = "SCHEDULED" as "SCHEDULED" | "CANCELLED",
}: {
  startedHoursAgo: number;
  dueHours?: number;
  panelSize?: number;
  status?: "SCHEDULED" | "CANCELLED";
}) {
  const job = await createJob(testDb);
  await testDb.job.update({ where: { id: job.id }, data: { scorecardDueHours: dueHours } });
  const application = await createApplication(testDb, {
    jobId: job.id,
    stageName: "Onsite panel",
    candidate: { firstName: "Grace", lastName: "Hopper", preferredName: null },
  });
  const coordinator = await createStaffUser(testDb, { role: "COORDINATOR" });
  const panel = [];
  for (let index = 0; index < panelSize; index += 1)
    panel.push(await createStaffUser(testDb, { role: "INTERVIEWER", name: `Ivy Interviewer ${index + 1}` }));
  const interview = await createInterview(testDb, {
    applicationId: application.id,
    scheduledById: coordinator.id,
    panelUserIds: panel.map((user) => user.id),
    startsAt: hoursAgo(startedHoursAgo),
    durationMinutes: 60,
    title: "Distributed systems design",
    status,
  });
  return { job, application, interview, panel };
}

async function remindersTo(userId: string) {
  return testDb.emailOutbox.findMany({
    where: { userId, template: "scorecard-reminder" },
    select: {
      id: true,
      toAddress: true,
      subject: true,
      textBody: true,
      htmlBody: true,
      applicationId: true,
      candidateId: true,
      status: true,
    },
  });
}

const seatOf = (interviewId: string, userId: string) =>
  testDb.interviewPanelist.findUniqueOrThrow({
    where: { interviewId_userId: { interviewId, userId } },
    select: { reminderSentAt: true },
  });

describe("remindOverdueScorecards", () => {
  it("reminds a panelist whose scorecard is past due, once, with a link to the interview", async () => {
    // Ended 25 hours ago (started 26 hours ago, one hour long): due 24 hours after the end.
    const { interview, panel } = await interviewWithPanel({ startedHoursAgo: 26 });
    const [ivy] = panel;

    const now = new Date();
    const { emailIds } = await remindOverdueScorecards(now);

    const [email, ...others] = await remindersTo(ivy!.id);
    expect(others).toEqual([]);
    expect(emailIds).toContain(email!.id);
    expect(email).toMatchObject({ toAddress: ivy!.email, status: "PENDING", applicationId: null, candidateId: null });
    expect(email!.subject).toBe("Scorecard overdue: Distributed systems design with Grace Hopper");
    expect(email!.textBody).toContain(`/hiring/interviews/${interview.id}`);
    expect(email!.htmlBody).toContain(`href="http://localhost:3000/hiring/interviews/${interview.id}"`);
    expect((await seatOf(interview.id, ivy!.id)).reminderSentAt).toEqual(now);

    // The next run finds nothing more to do for this seat.
    await remindOverdueScorecards();
    expect(await remindersTo(ivy!.id)).toHaveLength(1);
  });

  it("leaves alone a scorecard not yet due, a submitted one, an already reminded seat and a cancelled interview", async () => {
    const notDue = await interviewWithPanel({ startedHoursAgo: 24 }); // ended 23 h ago
    const submitted = await interviewWithPanel({ startedHoursAgo: 30 });
    await createScorecard(testDb, {
      interviewId: submitted.interview.id,
      authorId: submitted.panel[0]!.id,
      submitted: true,
    });
    const reminded = await interviewWithPanel({ startedHoursAgo: 30 });
    const earlier = hoursAgo(3);
    await testDb.interviewPanelist.update({
      where: { interviewId_userId: { interviewId: reminded.interview.id, userId: reminded.panel[0]!.id } },
      data: { reminderSentAt: earlier },
    });
    const cancelled = await interviewWithPanel({ startedHoursAgo: 30, status: "CANCELLED" });

    await remindOverdueScorecards();

    for (const { interview, panel } of [notDue, submitted, cancelled]) {
      expect(await remindersTo(panel[0]!.id)).toEqual([]);
      expect((await seatOf(interview.id, panel[0]!.id)).reminderSentAt).toBeNull();
    }
    expect(await remindersTo(reminded.panel[0]!.id)).toEqual([]);
    expect((await seatOf(reminded.interview.id, reminded.panel[0]!.id)).reminderSentAt).toEqual(earlier);
  });

  it("counts a draft as not submitted, uses the job's own due hours, and reminds each panelist separately", async () => {
    // Due two hours after the end: ended three hours ago.
    const { interview, panel } = await interviewWithPanel({ startedHoursAgo: 4, dueHours: 2, panelSize: 3 });
    const [drafting, done, silent] = panel;
    await createScorecard(testDb, { interviewId: interview.id, authorId: drafting!.id, submitted: false });
    await createScorecard(testDb, { interviewId: interview.id, authorId: done!.id, submitted: true });

    await remindOverdueScorecards();

    expect(await remindersTo(drafting!.id)).toHaveLength(1);
    expect(await remindersTo(silent!.id)).toHaveLength(1);
    expect(await remindersTo(done!.id)).toEqual([]);
  });

  it("sends one email per seat when two runs happen at the same moment", async () => {
    const { panel } = await interviewWithPanel({ startedHoursAgo: 30, panelSize: 4 });

    const runs = await Promise.all([remindOverdueScorecards(), remindOverdueScorecards()]);

    for (const user of panel) expect(await remindersTo(user.id)).toHaveLength(1);
    const ours = new Set(
      (await Promise.all(panel.map((user) => remindersTo(user.id)))).flat().map((email) => email.id),
    );
    const returned = runs.flatMap((run) => run.emailIds).filter((id) => ours.has(id));
    expect(returned.sort()).toEqual([...ours].sort());
  });

  it("runs as the worker's scheduled job and delivers the reminder over SMTP", async () => {
    const { interview, panel } = await interviewWithPanel({ startedHoursAgo: 30 });
    const worker = await startWorker(inject("databaseUrl"), { log: () => undefined, pollingIntervalSeconds: 0.5 });
    try {
      expect(await worker.boss.getSchedules()).toContainEqual(
        expect.objectContaining({ name: REMIND_OVERDUE_SCORECARDS, cron: "*/10 * * * *" }),
      );
      const jobId = await worker.boss.send(REMIND_OVERDUE_SCORECARDS, {});
      const job = await waitForJob(worker.boss, jobId!);
      expect(job.state).toBe("completed");
    } finally {
      await worker.stop(1_000);
    }
    const delivered = smtp.messages.filter(
      (mail) =>
        mail.subject?.startsWith("Scorecard overdue") && mail.text?.includes(`/hiring/interviews/${interview.id}`),
    );
    expect(delivered).toHaveLength(1);
    expect((await remindersTo(panel[0]!.id))[0]).toMatchObject({ status: "SENT" });
  });
});

async function waitForJob(boss: PgBoss, id: string, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const job = await boss.getJobById(REMIND_OVERDUE_SCORECARDS, id);
    if (job && ["completed", "failed", "cancelled"].includes(job.state)) return job;
    if (Date.now() > deadline) throw new Error(`Job still ${job?.state ?? "missing"}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
