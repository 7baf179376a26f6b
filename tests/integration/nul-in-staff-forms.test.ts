// A NUL in a staff form or in an id a page binds to an action, sent as a forged request would
// send it (only the session cookie is simulated): Postgres cannot store it, so the shared schemas
// refuse it with a message at the field (or as an unknown id) before anything is written, and
// nothing is logged as our own failure.
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi, type MockInstance } from "vitest";
import { saveScorecardDraft } from "@/lib/scorecards/save-scorecard-draft";
import { NOT_STORABLE_MESSAGE } from "@/lib/validations/storable-text";
import {
  actorFor,
  createApplication,
  createInterview,
  createJob,
  createStaffSession,
  createStaffUser,
  ensureLegalForms,
  uniqueSuffix,
  type StaffUser,
} from "../factories";
import { TEST_AUTH_SECRET } from "../support/auth-core";
import { expectAppError } from "../support/app-error";
import { testDb } from "../support/db";
import { nextRequest } from "../support/next-request";

process.env.AUTH_SECRET = TEST_AUTH_SECRET;

const scorecardActions = await import("@/app/(hiring)/hiring/interviews/[interviewId]/actions");
const templateActions = await import("@/app/(hiring)/hiring/templates/actions");
const accommodationActions = await import("@/app/(hiring)/hiring/accommodations/actions");
const profileActions = await import("@/app/(hiring)/hiring/applications/[applicationId]/actions");
const interviewActions = await import("@/app/(hiring)/hiring/applications/[applicationId]/interview-actions");
const notificationActions = await import("@/app/(hiring)/hiring/notifications/actions");
const savedViewActions = await import("@/app/(hiring)/_actions/saved-views");

const users = {} as Record<"panelist" | "recruiter" | "coordinator", StaffUser>;
const sessions = {} as Record<keyof typeof users, string>;
let applicationId: string;
let interviewId: string;
let requestId: string;
const ARRANGEMENT = `Step-free room ${uniqueSuffix()}`;

beforeAll(async () => {
  await ensureLegalForms(testDb);
  users.panelist = await createStaffUser(testDb, { role: "INTERVIEWER" });
  users.recruiter = await createStaffUser(testDb, { role: "RECRUITER" });
  users.coordinator = await createStaffUser(testDb, { role: "COORDINATOR" });
  for (const key of Object.keys(users) as (keyof typeof users)[])
    sessions[key] = (await createStaffSession(testDb, users[key].id)).sessionToken;
  const job = await createJob(testDb);
  await testDb.hiringTeamMember.create({ data: { jobId: job.id, userId: users.panelist.id, role: "INTERVIEWER" } });
  const application = await createApplication(testDb, {
    jobId: job.id,
    accommodation: {
      kinds: ["OTHER"],
      details: "A quiet room, please.",
      preferredContact: "EMAIL",
      panelArrangement: ARRANGEMENT,
    },
  });
  applicationId = application.id;
  requestId = (await testDb.accommodationRequest.findUniqueOrThrow({ where: { applicationId }, select: { id: true } }))
    .id;
  interviewId = (
    await createInterview(testDb, {
      applicationId,
      scheduledById: users.recruiter.id,
      panelUserIds: [users.panelist.id],
    })
  ).id;
});

let loggedFailures: MockInstance;
beforeEach(() => {
  nextRequest.cookie = "";
  loggedFailures = vi.spyOn(console, "error");
});
afterEach(() => {
  // toSafeError logs what it did not expect: a refused NUL is expected.
  expect(loggedFailures).not.toHaveBeenCalled();
  loggedFailures.mockRestore();
});

const signInAs = (key: keyof typeof users) => {
  nextRequest.cookie = `authjs.session-token=${sessions[key]}`;
};
const draft = (keyTakeaways: string) => ({ ratings: [], recommendation: null, keyTakeaways, privateNotes: "" });

describe("a NUL in a staff form", () => {
  it("is a message at the scorecard's field, through the action and the domain function, and no scorecard is written", async () => {
    signInAs("panelist");
    const result = await scorecardActions.saveScorecardDraftAction(interviewId, {
      values: draft("Strong\u0000 on design"),
      version: 0,
    });
    expect(result).toEqual({
      ok: false,
      message: "The scorecard was not saved.",
      fieldErrors: { keyTakeaways: [NOT_STORABLE_MESSAGE] },
    });
    const error = await expectAppError(
      saveScorecardDraft({ actor: actorFor(users.panelist), interviewId, values: draft("x\u0000"), version: 0 }),
      "VALIDATION",
    );
    expect(error.fieldErrors).toEqual({ keyTakeaways: [NOT_STORABLE_MESSAGE] });
    expect(await testDb.scorecard.count({ where: { interviewId } })).toBe(0);
  });

  it("is a message at the email template's field, and no template is written", async () => {
    signInAs("recruiter");
    const name = `Offer call ${uniqueSuffix()}`;
    const result = await templateActions.createEmailTemplateAction({
      name,
      subject: "Good news",
      body: "Hello,\n\nCould we call you?\u0000",
    });
    expect(result).toEqual({
      ok: false,
      message: "The template was not saved.",
      fieldErrors: { body: [NOT_STORABLE_MESSAGE] },
    });
    expect(await testDb.emailTemplate.count({ where: { name: { startsWith: name.slice(0, 12) } } })).toBe(0);
  });

  it("is a message at the panel arrangement, which stays as it was", async () => {
    signInAs("coordinator");
    const result = await accommodationActions.setPanelArrangementAction({
      requestId,
      panelArrangement: "Breaks every hour\u0000",
    });
    expect(result).toEqual({
      ok: false,
      message: "The arrangement needs fixing.",
      fieldErrors: { panelArrangement: [NOT_STORABLE_MESSAGE] },
    });
    expect(
      (
        await testDb.accommodationRequest.findUniqueOrThrow({
          where: { id: requestId },
          select: { panelArrangement: true },
        })
      ).panelArrangement,
    ).toBe(ARRANGEMENT);
  });
});

describe("a NUL in an id a page binds to an action", () => {
  it("names nothing that exists, and nothing is written", async () => {
    const forged = `${applicationId}\u0000`;
    signInAs("recruiter");
    const body = `Forged note ${uniqueSuffix()}`;
    const form = new FormData();
    form.set("body", body);
    const unknownApplication = { ok: false, message: "That application does not exist or is not visible to you." };
    expect(await profileActions.addNoteAction(forged, null, form)).toEqual(unknownApplication);
    const tag = new FormData();
    tag.set("name", `Forged ${uniqueSuffix()}`);
    expect(await profileActions.addTagAction(forged, null, tag)).toEqual(unknownApplication);
    expect(await templateActions.deleteEmailTemplateAction("ck\u0000")).toEqual({
      ok: false,
      message: "That email template does not exist.",
    });
    expect(await notificationActions.markNotificationReadAction("ck\u0000")).toEqual({
      ok: false,
      message: "That notification does not exist.",
    });
    expect(await savedViewActions.deleteViewAction("ck\u0000")).toMatchObject({
      ok: false,
      message: "That view does not exist.",
    });
    expect(await testDb.note.count({ where: { body } })).toBe(0);
    expect(await testDb.applicationTag.count({ where: { applicationId } })).toBe(0);

    signInAs("coordinator");
    const schedule = {
      planItemId: "",
      title: "Forged",
      date: "2030-12-02",
      time: "09:30",
      timeZone: "UTC",
      durationMinutes: "60",
      location: "Room 4",
      videoUrl: "",
      panelUserIds: [users.panelist.id],
    };
    expect(await interviewActions.scheduleInterviewAction(forged, schedule)).toEqual(unknownApplication);
    expect(await testDb.interview.count({ where: { applicationId } })).toBe(1);

    signInAs("panelist");
    const unknownInterview = { ok: false, message: "That interview does not exist, or you are not on its panel." };
    expect(
      await scorecardActions.saveScorecardDraftAction(`${interviewId}\u0000`, { values: draft("Fine"), version: 0 }),
    ).toEqual(unknownInterview);
    expect(await testDb.scorecard.count({ where: { interviewId } })).toBe(0);
  });
});
