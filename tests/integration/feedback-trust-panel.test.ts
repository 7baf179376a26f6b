// Issue 12, finding 4: scheduling gives the scheduler no right to the feedback. A panel is drawn
// from the job's hiring team (which only recruiters and admins set), so a coordinator cannot seat
// themselves or an accomplice; a coordinator seated by a recruiter still reads no one else's
// scorecard; the blind-feedback rule is not the coordinator's to change; panel changes are audited.
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { getInterviewPlan } from "@/lib/interview-plan/get-interview-plan";
import { replaceInterviewPlan } from "@/lib/interview-plan/replace-interview-plan";
import { interviewPlanSchema } from "@/lib/interview-plan/schema";
import { rescheduleInterview } from "@/lib/interviews/reschedule-interview";
import { scheduleInterview } from "@/lib/interviews/schedule-interview";
import { interviewFormSchema } from "@/lib/interviews/schema";
import { wallTimeOf } from "@/lib/interviews/wall-time";
import { getScorecardsForApplication } from "@/lib/scorecards/get-scorecards-for-application";
import { submitScorecard } from "@/lib/scorecards/submit-scorecard";
import { uniqueSuffix } from "../factories";
import { expectAppError } from "../support/app-error";
import { testDb } from "../support/db";
import { createPanelFixture, scorecardValues } from "../support/panel-fixture";

process.env.STORAGE_DIR = await mkdtemp(path.join(tmpdir(), "trellis-feedback-trust-panel-"));

const DAY_MS = 24 * 60 * 60 * 1000;

/** The schedule form, parsed as the action parses it: a week ahead, 10:00 UTC. */
const interviewInput = (panelUserIds: string[], time = "10:00") =>
  interviewFormSchema.parse({
    planItemId: "",
    title: `Onsite ${uniqueSuffix()}`,
    date: wallTimeOf(new Date(Date.now() + 7 * DAY_MS), "UTC").date,
    time,
    timeZone: "UTC",
    durationMinutes: "60",
    location: "",
    videoUrl: "https://meet.example.test/onsite",
    panelUserIds,
  });

const interviewCount = (applicationId: string) => testDb.interview.count({ where: { applicationId } });
const panelChanges = (applicationId: string) =>
  testDb.auditEvent.findMany({
    where: { subjectId: applicationId, action: "interview.panelChanged" },
    orderBy: { createdAt: "asc" },
    select: { actorId: true, metadata: true },
  });

describe("who may be put on a panel", () => {
  it("refuses a coordinator who puts themselves on a panel, scheduling or rescheduling, and changes nothing", async () => {
    const { application, users, actors } = await createPanelFixture();
    const before = await interviewCount(application.id);
    const error = await expectAppError(
      scheduleInterview({
        actor: actors.coordinator,
        applicationId: application.id,
        input: interviewInput([users.a.id, users.coordinator.id]),
      }),
      "VALIDATION",
    );
    expect(error.fieldErrors?.panelUserIds?.[0]).toMatch(/not on this job's hiring team/);
    expect(await interviewCount(application.id)).toBe(before);

    const scheduled = await scheduleInterview({
      actor: actors.coordinator,
      applicationId: application.id,
      input: interviewInput([users.a.id]),
    });
    await expectAppError(
      rescheduleInterview({
        actor: actors.coordinator,
        interviewId: scheduled.interviewId,
        expectedSequence: 0,
        input: interviewInput([users.a.id, users.coordinator.id]),
      }),
      "VALIDATION",
    );
    const seats = await testDb.interviewPanelist.findMany({
      where: { interviewId: scheduled.interviewId },
      select: { userId: true },
    });
    expect(seats).toEqual([{ userId: users.a.id }]);
  });

  it("seats only the job's hiring team: anyone outside it is refused, whoever schedules", async () => {
    const { application, users, actors } = await createPanelFixture();
    for (const actor of [actors.coordinator, actors.recruiter]) {
      await expectAppError(
        scheduleInterview({ actor, applicationId: application.id, input: interviewInput([users.outsider.id]) }),
        "VALIDATION",
      );
      // Not even a recruiter seats themselves without being on the team (they would add themselves there, audited).
      await expectAppError(
        scheduleInterview({ actor, applicationId: application.id, input: interviewInput([users.recruiter.id]) }),
        "VALIDATION",
      );
    }
    const team = await scheduleInterview({
      actor: actors.coordinator,
      applicationId: application.id,
      input: interviewInput([users.a.id, users.b.id, users.hiringManager.id]),
    });
    expect(await testDb.interviewPanelist.count({ where: { interviewId: team.interviewId } })).toBe(3);
  });

  it("records every panel change in the audit log: who was seated, who was taken off, and by whom", async () => {
    const { application, users, actors } = await createPanelFixture();
    const scheduled = await scheduleInterview({
      actor: actors.coordinator,
      applicationId: application.id,
      input: interviewInput([users.a.id]),
    });
    await rescheduleInterview({
      actor: actors.recruiter,
      interviewId: scheduled.interviewId,
      expectedSequence: 0,
      input: interviewInput([users.b.id]),
    });
    // A new time with the same panel is no panel change.
    await rescheduleInterview({
      actor: actors.coordinator,
      interviewId: scheduled.interviewId,
      expectedSequence: 1,
      input: interviewInput([users.b.id], "11:00"),
    });

    expect(await panelChanges(application.id)).toEqual([
      {
        actorId: users.coordinator.id,
        metadata: { interviewId: scheduled.interviewId, added: [users.a.id], removed: [] },
      },
      {
        actorId: users.recruiter.id,
        metadata: { interviewId: scheduled.interviewId, added: [users.b.id], removed: [users.a.id] },
      },
    ]);
  });
});

describe("a coordinator on a panel", () => {
  it("writes their own scorecard but never reads anyone else's, even after submitting and under 'always'", async () => {
    const { application, interview, users, actors, ...fixture } = await createPanelFixture({
      feedbackVisibility: "ALWAYS",
    });
    // A recruiter put the coordinator on the hiring team as an interviewer; they are seated.
    await testDb.hiringTeamMember.create({
      data: { jobId: fixture.job.id, userId: users.coordinator.id, role: "INTERVIEWER" },
    });
    await testDb.interviewPanelist.create({ data: { interviewId: interview.id, userId: users.coordinator.id } });
    const bTakeaways = `B-ONLY-${uniqueSuffix()}`;
    await submitScorecard({
      actor: actors.b,
      interviewId: interview.id,
      values: scorecardValues(fixture, { keyTakeaways: bTakeaways }),
      version: 0,
    });
    await submitScorecard({
      actor: actors.coordinator,
      interviewId: interview.id,
      values: scorecardValues(fixture),
      version: 0,
    });

    const read = await getScorecardsForApplication({ actor: actors.coordinator, applicationId: application.id });
    expect(read.access).toEqual({ readOthers: false, readPrivateNotes: false });
    expect(read.own).toHaveLength(1);
    expect(read.others).toEqual([]);
    expect(JSON.stringify(read)).not.toContain(bTakeaways);
    // An interviewer in the same seat reads B's (the rule is "always"): the refusal is the role's.
    const peer = await getScorecardsForApplication({ actor: actors.a, applicationId: application.id });
    expect(peer.others.map((scorecard) => scorecard.keyTakeaways)).toContain(bTakeaways);
  });
});

describe("the job's feedback rule", () => {
  const planInput = (feedbackVisibility: "AFTER_SUBMITTING" | "ALWAYS" | "NEVER", scorecardDueHours = "24") =>
    interviewPlanSchema.parse({ feedbackVisibility, scorecardDueHours, items: [] });
  const ruleOf = async (jobId: number) =>
    testDb.job.findUniqueOrThrow({
      where: { id: jobId },
      select: { feedbackVisibility: true, scorecardDueHours: true },
    });
  const replace = (actor: Actor, jobId: number, input: ReturnType<typeof planInput>) =>
    replaceInterviewPlan({ actor, jobId, input });

  it("is not the coordinator's to change; recruiters and admins change it, and the change is audited", async () => {
    const { job, users, actors } = await createPanelFixture();
    const error = await expectAppError(replace(actors.coordinator, job.id, planInput("ALWAYS")), "FORBIDDEN");
    expect(error.fieldErrors).toHaveProperty("feedbackVisibility");
    expect(await ruleOf(job.id)).toEqual({ feedbackVisibility: "AFTER_SUBMITTING", scorecardDueHours: 24 });
    expect((await getInterviewPlan({ actor: actors.coordinator, jobId: job.id })).canChangeFeedbackRule).toBe(false);

    // The rest of the plan stays theirs: the same save with the rule unchanged goes through.
    expect(await replace(actors.coordinator, job.id, planInput("AFTER_SUBMITTING", "48"))).toEqual({ changed: true });
    expect(await replace(actors.recruiter, job.id, planInput("NEVER", "48"))).toEqual({ changed: true });
    expect(await ruleOf(job.id)).toEqual({ feedbackVisibility: "NEVER", scorecardDueHours: 48 });
    expect((await getInterviewPlan({ actor: actors.recruiter, jobId: job.id })).canChangeFeedbackRule).toBe(true);

    const events = await testDb.auditEvent.findMany({
      where: { action: "job.interviewPlanChanged", subjectId: String(job.id) },
      orderBy: { createdAt: "asc" },
      select: { actorId: true, metadata: true },
    });
    expect(events.map((event) => [event.actorId, (event.metadata as { settings: object }).settings])).toEqual([
      [users.coordinator.id, { scorecardDueHours: { from: 24, to: 48 } }],
      [users.recruiter.id, { feedbackVisibility: { from: "AFTER_SUBMITTING", to: "NEVER" } }],
    ]);
  });
});
