// Scheduling interviews: the interview, its audit trail and every invitation (email + .ics)
// commit together; only schedulers may do it; the panel hears the accommodation arrangement and
// never the request.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import type { AccommodationStatus, StaffRole } from "@/lib/generated/prisma/enums";
import { deliverOutboxMessage } from "@/lib/email/outbox";
import { getApplicationTimeline } from "@/lib/candidates/get-application-timeline";
import { cancelInterview } from "@/lib/interviews/cancel-interview";
import { loadApplicationInterviews } from "@/lib/interviews/load-application-interviews";
import { rescheduleInterview } from "@/lib/interviews/reschedule-interview";
import { scheduleInterview } from "@/lib/interviews/schedule-interview";
import { interviewFormSchema, type InterviewFormValues } from "@/lib/interviews/schema";
import { wallTimeOf } from "@/lib/interviews/wall-time";
import { createStaffSession, createStaffUser } from "../factories";
import { TEST_AUTH_SECRET } from "../support/auth-core";
import { createProfileFixture, createStaff } from "../support/candidate-profile";
import { expectAppError } from "../support/app-error";
import { testDb } from "../support/db";
import { startSmtpCapture } from "../support/smtp-capture";
import { nextRequest } from "../support/next-request";

// SMTP_URL and AUTH_SECRET are read once per process (lib/env.ts): set before anything reads them.
const smtp = await startSmtpCapture();
const previous = { smtp: process.env.SMTP_URL, secret: process.env.AUTH_SECRET };
process.env.SMTP_URL = smtp.url;
process.env.AUTH_SECRET = TEST_AUTH_SECRET;
afterAll(async () => {
  for (const [key, value] of [
    ["SMTP_URL", previous.smtp],
    ["AUTH_SECRET", previous.secret],
  ] as const) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  await smtp.close();
});

const actions = await import("@/app/(hiring)/hiring/applications/[applicationId]/interview-actions");

beforeEach(() => {
  nextRequest.cookie = "";
});

const ZONE = "Europe/Berlin";
const DAY_MS = 24 * 60 * 60 * 1000;
const REQUEST_DETAILS = "I have a tremor and need questions in writing; please do not tell the panel why.";
const ARRANGEMENT = "Questions shared in writing 24 hours in advance";

/** A form `days` ahead at 10:00 in ZONE. */
function formValues(
  panelUserIds: string[],
  overrides: Partial<InterviewFormValues> = {},
  days = 10,
): InterviewFormValues {
  return {
    planItemId: "",
    title: "Systems design",
    date: wallTimeOf(new Date(Date.now() + days * DAY_MS), ZONE).date,
    time: "10:00",
    timeZone: ZONE,
    durationMinutes: "90",
    location: "",
    videoUrl: "https://meet.example.test/onsite",
    panelUserIds,
    ...overrides,
  };
}
const input = (...args: Parameters<typeof formValues>) => interviewFormSchema.parse(formValues(...args));

async function fixture({ accommodationStatus = "ARRANGED" }: { accommodationStatus?: AccommodationStatus } = {}) {
  const profile = await createProfileFixture({
    accommodation: {
      kinds: ["SPECIALIZED_EQUIPMENT", "APPLICATION_PROCESS_CHANGE"],
      details: REQUEST_DETAILS,
      preferredContact: "EMAIL",
      panelArrangement: ARRANGEMENT,
    },
  });
  await testDb.accommodationRequest.update({
    where: { applicationId: profile.application.id },
    data: { status: accommodationStatus },
  });
  const secondInterviewer = await createStaff("INTERVIEWER");
  // Panels come from the job's hiring team (decision 0025).
  await testDb.hiringTeamMember.create({
    data: { jobId: profile.job.id, userId: secondInterviewer.userId, role: "INTERVIEWER" },
  });
  return { ...profile, secondInterviewer };
}

/** The queued messages in the order of `emailIds` (the order they were queued): a query's own row order is not defined. */
async function outboxFor(emailIds: string[]) {
  const rows = await testDb.emailOutbox.findMany({
    where: { id: { in: emailIds } },
    select: {
      id: true,
      toAddress: true,
      userId: true,
      candidateId: true,
      template: true,
      subject: true,
      textBody: true,
      htmlBody: true,
      calendarMethod: true,
      calendarContent: true,
    },
  });
  return rows.sort((a, b) => emailIds.indexOf(a.id) - emailIds.indexOf(b.id));
}
const icsValue = (ics: string | null, name: string) =>
  ics
    ?.replace(/\r?\n[ \t]/g, "")
    .match(new RegExp(`^${name}(?:;[^:]*)?:(.*)$`, "m"))?.[1]
    ?.trim();

describe("scheduling an interview", () => {
  it("stores the interview in UTC and queues an invitation with a REQUEST for the candidate and each panel member", async () => {
    const { application, coordinator, interviewer, secondInterviewer, hiringManager } = await fixture();
    const panel = [interviewer, secondInterviewer, hiringManager];
    const result = await scheduleInterview({
      actor: coordinator,
      applicationId: application.id,
      input: input(panel.map((member) => member.userId)),
    });

    const interview = await testDb.interview.findUniqueOrThrow({
      where: { id: result.interviewId },
      include: { panel: true },
    });
    expect(wallTimeOf(interview.startsAt, ZONE).time).toBe("10:00");
    expect(interview).toMatchObject({
      status: "SCHEDULED",
      calendarSequence: 0,
      durationMinutes: 90,
      timeZone: ZONE,
      scheduledById: coordinator.userId,
    });
    expect(interview.panel.map((seat) => seat.userId).sort()).toEqual(panel.map((member) => member.userId).sort());

    const emails = await outboxFor(result.emailIds);
    expect(emails).toHaveLength(4);
    expect(emails.map((email) => email.toAddress).sort()).toEqual(
      [application.candidate.email, ...panel.map((member) => member.email)].sort(),
    );
    for (const email of emails) {
      expect(email.calendarMethod).toBe("REQUEST");
      expect(icsValue(email.calendarContent, "METHOD")).toBe("REQUEST");
      expect(icsValue(email.calendarContent, "UID")).toBe(interview.calendarUid);
      expect(icsValue(email.calendarContent, "SEQUENCE")).toBe("0");
      const start = interview.startsAt
        .toISOString()
        .replace(/[-:]/g, "")
        .replace(/\.\d{3}/, "");
      expect(icsValue(email.calendarContent, "DTSTART")).toBe(start);
    }
    const candidateEmail = emails.find((email) => email.toAddress === application.candidate.email);
    expect(candidateEmail).toMatchObject({
      template: "interview-invitation",
      candidateId: application.candidateId,
      userId: null,
    });
    expect(icsValue(candidateEmail?.calendarContent ?? null, "SUMMARY")).toMatch(/ interview: Systems design$/);
    // The candidate's invitation names no panel member.
    for (const member of panel) {
      expect(candidateEmail?.textBody).not.toContain(member.email);
      expect(candidateEmail?.calendarContent).not.toContain(member.email);
    }
    expect(candidateEmail?.textBody).toContain("10:00 AM");
    expect(candidateEmail?.textBody).toContain("Central European");

    const panelEmails = emails.filter((email) => email.userId !== null);
    expect(panelEmails.map((email) => email.template)).toEqual(Array(3).fill("interview-panel-invitation"));
    for (const email of panelEmails) {
      expect(email.textBody).toContain(`/hiring/interviews/${interview.id}`);
      expect(icsValue(email.calendarContent, "SUMMARY")).toContain("Interview: Systems design — ");
    }

    const timeline = await getApplicationTimeline({ actor: coordinator, applicationId: application.id });
    expect(timeline.filter((entry) => entry.kind === "interview")).toMatchObject([
      { change: "scheduled", title: "Systems design", actorName: coordinator.name },
    ]);
    // The panel's mail is not correspondence with the candidate: only the candidate's invitation is on the timeline.
    expect(
      timeline.filter((entry) => entry.kind === "email").map((entry) => entry.kind === "email" && entry.toAddress),
    ).toEqual([application.candidate.email]);
  });

  it("gives the panel the agreed arrangement and never the accommodation request", async () => {
    const { application, coordinator, interviewer, secondInterviewer } = await fixture();
    const scheduled = await scheduleInterview({
      actor: coordinator,
      applicationId: application.id,
      input: input([interviewer.userId]),
    });
    const rescheduled = await rescheduleInterview({
      actor: coordinator,
      interviewId: scheduled.interviewId,
      expectedSequence: 0,
      input: input([secondInterviewer.userId], { time: "11:00" }),
    });
    const cancelled = await cancelInterview({
      actor: coordinator,
      interviewId: scheduled.interviewId,
      expectedSequence: 1,
    });

    const emails = await outboxFor([...scheduled.emailIds, ...rescheduled.emailIds, ...cancelled.emailIds]);
    const panelEmails = emails.filter((email) => email.userId !== null);
    // Invited, then taken off (the second interviewer joins), then the cancellation to who is left.
    expect(panelEmails.map((email) => email.template)).toEqual([
      "interview-panel-invitation",
      "interview-panel-invitation",
      "interview-panel-removed",
      "interview-panel-cancellation",
    ]);
    for (const email of panelEmails) {
      const everything = [email.subject, email.textBody, email.htmlBody, email.calendarContent].join("\n");
      expect(everything).not.toContain(REQUEST_DETAILS);
      expect(everything).not.toMatch(/tremor|SPECIALIZED|APPLICATION_PROCESS|equipment|accommodation|ARRANGED/i);
    }
    const invitations = panelEmails.filter((email) => email.calendarMethod === "REQUEST");
    expect(invitations).toHaveLength(2);
    for (const email of invitations) {
      expect(email.textBody).toContain(`Arrangement for this interview:\n${ARRANGEMENT}`);
      expect(email.htmlBody).toContain(ARRANGEMENT);
    }
  });

  it("sends no arrangement while the request is new or closed", async () => {
    for (const accommodationStatus of ["NEW", "CLOSED"] as const) {
      const { application, coordinator, interviewer } = await fixture({ accommodationStatus });
      const result = await scheduleInterview({
        actor: coordinator,
        applicationId: application.id,
        input: input([interviewer.userId]),
      });
      const [email] = (await outboxFor(result.emailIds)).filter((row) => row.userId === interviewer.userId);
      expect(email?.textBody).not.toContain("Arrangement for this interview");
      expect(email?.textBody).not.toContain(ARRANGEMENT);
    }
  });
});

describe("rescheduling and cancelling", () => {
  it("re-sends the invitation with a higher SEQUENCE and cancels it for a removed panel member", async () => {
    const { application, coordinator, interviewer, secondInterviewer, hiringManager } = await fixture();
    const scheduled = await scheduleInterview({
      actor: coordinator,
      applicationId: application.id,
      input: input([interviewer.userId, secondInterviewer.userId]),
    });
    const { calendarUid } = await testDb.interview.findUniqueOrThrow({ where: { id: scheduled.interviewId } });

    const result = await rescheduleInterview({
      actor: coordinator,
      interviewId: scheduled.interviewId,
      expectedSequence: 0,
      input: input([secondInterviewer.userId, hiringManager.userId], { time: "14:30", location: "Room 4" }),
    });
    const interview = await testDb.interview.findUniqueOrThrow({
      where: { id: scheduled.interviewId },
      include: { panel: true },
    });
    expect(interview.calendarSequence).toBe(1);
    expect(wallTimeOf(interview.startsAt, ZONE).time).toBe("14:30");
    expect(interview.panel.map((seat) => seat.userId).sort()).toEqual(
      [secondInterviewer.userId, hiringManager.userId].sort(),
    );

    const emails = await outboxFor(result.emailIds);
    const byAddress = new Map(emails.map((email) => [email.toAddress, email]));
    expect(emails).toHaveLength(4);
    expect(byAddress.get(application.candidate.email)).toMatchObject({
      template: "interview-update",
      calendarMethod: "REQUEST",
    });
    expect(byAddress.get(secondInterviewer.email)).toMatchObject({
      template: "interview-panel-update",
      calendarMethod: "REQUEST",
    });
    expect(byAddress.get(hiringManager.email)).toMatchObject({
      template: "interview-panel-invitation",
      calendarMethod: "REQUEST",
    });
    const removed = byAddress.get(interviewer.email);
    expect(removed).toMatchObject({ template: "interview-panel-removed", calendarMethod: "CANCEL" });
    expect(icsValue(removed?.calendarContent ?? null, "METHOD")).toBe("CANCEL");
    // The cancellation removes only its recipient from the event.
    expect(removed?.calendarContent).not.toContain(secondInterviewer.email);
    for (const email of emails) {
      expect(icsValue(email.calendarContent, "SEQUENCE")).toBe("1");
      expect(icsValue(email.calendarContent, "UID")).toBe(calendarUid);
    }

    // A page that still shows sequence 0 is refused.
    await expectAppError(
      rescheduleInterview({
        actor: coordinator,
        interviewId: scheduled.interviewId,
        expectedSequence: 0,
        input: input([interviewer.userId]),
      }),
      "CONFLICT",
    );
    // Only the panel changed: the candidate hears nothing.
    const panelOnly = await rescheduleInterview({
      actor: coordinator,
      interviewId: scheduled.interviewId,
      expectedSequence: 1,
      input: input([secondInterviewer.userId], { time: "14:30", location: "Room 4" }),
    });
    expect((await outboxFor(panelOnly.emailIds)).map((email) => email.template).sort()).toEqual([
      "interview-panel-removed",
      "interview-panel-update",
    ]);
  });

  it("cancels for everyone with METHOD:CANCEL, once", async () => {
    const { application, coordinator, interviewer, secondInterviewer } = await fixture();
    const scheduled = await scheduleInterview({
      actor: coordinator,
      applicationId: application.id,
      input: input([interviewer.userId, secondInterviewer.userId]),
    });
    const result = await cancelInterview({
      actor: coordinator,
      interviewId: scheduled.interviewId,
      expectedSequence: 0,
    });

    const interview = await testDb.interview.findUniqueOrThrow({ where: { id: scheduled.interviewId } });
    expect(interview.status).toBe("CANCELLED");
    expect(interview.cancelledAt).toBeInstanceOf(Date);
    const emails = await outboxFor(result.emailIds);
    expect(emails.map((email) => email.toAddress).sort()).toEqual(
      [application.candidate.email, interviewer.email, secondInterviewer.email].sort(),
    );
    for (const email of emails) {
      expect(email.calendarMethod).toBe("CANCEL");
      expect(icsValue(email.calendarContent, "METHOD")).toBe("CANCEL");
      expect(icsValue(email.calendarContent, "STATUS")).toBe("CANCELLED");
      expect(icsValue(email.calendarContent, "SEQUENCE")).toBe("1");
    }
    expect(emails.find((email) => email.userId === null)?.template).toBe("interview-cancellation");

    await expectAppError(
      cancelInterview({ actor: coordinator, interviewId: scheduled.interviewId, expectedSequence: 1 }),
      "VALIDATION",
    );
    const timeline = await getApplicationTimeline({ actor: coordinator, applicationId: application.id });
    expect(
      timeline.filter((entry) => entry.kind === "interview").map((entry) => entry.kind === "interview" && entry.change),
    ).toEqual(["cancelled", "scheduled"]);
  });
});

describe("refusals", () => {
  it("refuses interviewers and hiring managers, and changes nothing", async () => {
    const { application, coordinator, interviewer, hiringManager, otherHiringManager } = await fixture();
    const values = input([interviewer.userId]);
    await expectAppError(
      scheduleInterview({ actor: interviewer, applicationId: application.id, input: values }),
      "NOT_FOUND",
    );
    await expectAppError(
      scheduleInterview({ actor: otherHiringManager, applicationId: application.id, input: values }),
      "NOT_FOUND",
    );
    await expectAppError(
      scheduleInterview({ actor: hiringManager, applicationId: application.id, input: values }),
      "FORBIDDEN",
    );

    const scheduled = await scheduleInterview({ actor: coordinator, applicationId: application.id, input: values });
    // Even the interviewer on the panel may not move or cancel it.
    await expectAppError(
      rescheduleInterview({
        actor: interviewer,
        interviewId: scheduled.interviewId,
        expectedSequence: 0,
        input: values,
      }),
      "NOT_FOUND",
    );
    await expectAppError(
      rescheduleInterview({
        actor: hiringManager,
        interviewId: scheduled.interviewId,
        expectedSequence: 0,
        input: values,
      }),
      "FORBIDDEN",
    );
    await expectAppError(
      cancelInterview({ actor: hiringManager, interviewId: scheduled.interviewId, expectedSequence: 0 }),
      "FORBIDDEN",
    );
    await expectAppError(
      cancelInterview({ actor: interviewer, interviewId: scheduled.interviewId, expectedSequence: 0 }),
      "NOT_FOUND",
    );

    expect(await testDb.interview.count({ where: { applicationId: application.id } })).toBe(1);
    expect(
      await testDb.interview.findUniqueOrThrow({
        where: { id: scheduled.interviewId },
        select: { status: true, calendarSequence: true },
      }),
    ).toEqual({
      status: "SCHEDULED",
      calendarSequence: 0,
    });
  });

  it("refuses inactive staff on the panel, closed applications and times already past", async () => {
    const { application, coordinator, interviewer } = await fixture();
    const inactive = await createStaff("INTERVIEWER", { active: false });
    // This test's own mail only: the table also holds every other test's.
    const ownOutbox = {
      OR: [
        { applicationId: application.id },
        { userId: { in: [coordinator.userId, interviewer.userId, inactive.userId] } },
      ],
    };
    const outboxBefore = await testDb.emailOutbox.count({ where: ownOutbox });

    const error = await expectAppError(
      scheduleInterview({
        actor: coordinator,
        applicationId: application.id,
        input: input([interviewer.userId, inactive.userId]),
      }),
      "VALIDATION",
    );
    expect(error.fieldErrors).toHaveProperty("panelUserIds");
    const past = await expectAppError(
      scheduleInterview({
        actor: coordinator,
        applicationId: application.id,
        input: input([interviewer.userId], {}, -2),
      }),
      "VALIDATION",
    );
    expect(past.fieldErrors).toHaveProperty("date");

    await testDb.application.update({ where: { id: application.id }, data: { status: "WITHDRAWN" } });
    await expectAppError(
      scheduleInterview({ actor: coordinator, applicationId: application.id, input: input([interviewer.userId]) }),
      "VALIDATION",
    );

    expect(await testDb.interview.count({ where: { applicationId: application.id } })).toBe(0);
    expect(await testDb.emailOutbox.count({ where: ownOutbox })).toBe(outboxBefore);
  });
});

describe("the profile's Interviews section", () => {
  it("lists interviews for whoever sees the profile, and the form's options only for schedulers", async () => {
    const { application, job, coordinator, hiringManager, interviewer, secondInterviewer } = await fixture();
    const stage = await testDb.stage.findFirstOrThrow({
      where: { jobId: job.id, id: { not: application.stageId } },
      orderBy: { position: "asc" },
    });
    await testDb.interviewPlanItem.createMany({
      data: [
        { jobId: job.id, stageId: stage.id, position: 1, name: "Later stage interview", durationMinutes: 45 },
        { jobId: job.id, stageId: application.stageId, position: 2, name: "Current stage screen", durationMinutes: 30 },
      ],
    });
    await scheduleInterview({
      actor: coordinator,
      applicationId: application.id,
      input: input([interviewer.userId, secondInterviewer.userId]),
    });

    const forCoordinator = await loadApplicationInterviews({ actor: coordinator, applicationId: application.id });
    expect(forCoordinator.interviews).toMatchObject([{ title: "Systems design", status: "SCHEDULED", upcoming: true }]);
    expect(forCoordinator.options?.planItems.map((item) => [item.name, item.currentStage])).toEqual([
      ["Current stage screen", true],
      ["Later stage interview", false],
    ]);
    expect(
      forCoordinator.options?.staff.some((member) => member.id === interviewer.userId && member.onHiringTeam),
    ).toBe(true);
    expect(forCoordinator.options?.arrangement).toBe(ARRANGEMENT);

    const forManager = await loadApplicationInterviews({ actor: hiringManager, applicationId: application.id });
    expect(forManager).toMatchObject({ canSchedule: false, options: null });
    expect(forManager.interviews).toHaveLength(1);
    await expectAppError(loadApplicationInterviews({ actor: interviewer, applicationId: application.id }), "NOT_FOUND");
  });
});

describe("server actions", () => {
  async function signInAs(role: StaffRole) {
    const user = await createStaffUser(testDb, { role });
    nextRequest.cookie = `authjs.session-token=${(await createStaffSession(testDb, user.id)).sessionToken}`;
    return user;
  }

  it("answer a bad zone, length or link with field errors, and refuse an interviewer", async () => {
    const { application, interviewer } = await fixture();
    await signInAs("COORDINATOR");
    const result = await actions.scheduleInterviewAction(
      application.id,
      formValues([interviewer.userId], {
        timeZone: "Mars/Olympus_Mons",
        durationMinutes: "5",
        videoUrl: "http://insecure.example.test",
        title: "",
      }),
    );
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: {
        timeZone: expect.any(Array),
        durationMinutes: expect.any(Array),
        videoUrl: expect.any(Array),
        title: expect.any(Array),
      },
    });
    const long = await actions.scheduleInterviewAction(
      application.id,
      formValues([interviewer.userId], { durationMinutes: "600" }),
    );
    expect(long).toMatchObject({ ok: false, fieldErrors: { durationMinutes: [expect.stringMatching(/15 to 480/)] } });

    const ok = await actions.scheduleInterviewAction(application.id, formValues([interviewer.userId]));
    expect(ok).toMatchObject({ ok: true, message: expect.stringMatching(/2 invitations/) });
    const { id, calendarSequence } = await testDb.interview.findFirstOrThrow({
      where: { applicationId: application.id },
    });

    await signInAs("INTERVIEWER");
    expect(await actions.scheduleInterviewAction(application.id, formValues([interviewer.userId]))).toMatchObject({
      ok: false,
      message: "You do not have permission to do that.",
    });
    expect(await actions.cancelInterviewAction(id, calendarSequence)).toMatchObject({ ok: false });
    expect(await testDb.interview.count({ where: { applicationId: application.id, status: "SCHEDULED" } })).toBe(1);
  });
});

describe("delivery", () => {
  it("sends an invitation over SMTP with a text/calendar part", async () => {
    const { application, coordinator, interviewer } = await fixture();
    const result = await scheduleInterview({
      actor: coordinator,
      applicationId: application.id,
      input: input([interviewer.userId]),
    });
    const [panelEmail] = (await outboxFor(result.emailIds)).filter((email) => email.userId === interviewer.userId);
    const id = (
      await testDb.emailOutbox.findFirstOrThrow({
        where: { id: { in: result.emailIds }, userId: interviewer.userId },
        select: { id: true },
      })
    ).id;

    expect(await deliverOutboxMessage(id)).toBe("SENT");
    const received = smtp.messages.find((mail) => mail.subject === panelEmail?.subject);
    expect(received).toBeDefined();
    const calendarPart = received?.attachments.find((part) => part.contentType === "text/calendar");
    expect(calendarPart).toBeDefined();
    expect(calendarPart?.content.toString("utf8")).toContain("METHOD:REQUEST");
    // Content-Type: text/calendar; method=REQUEST is what makes mail clients offer Accept / Decline.
    expect(calendarPart?.headers.get("content-type")).toMatchObject({
      value: "text/calendar",
      params: { method: "REQUEST" },
    });
    expect(received?.text).toContain(`/hiring/interviews/${result.interviewId}`);
  });
});
