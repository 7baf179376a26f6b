// The decision view and the hiring decision: who may decide, what they see (blind rules, private
// notes), and that a decision moves or closes the application with its timeline entry and audit.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { getApplicationTimeline } from "@/lib/candidates/get-application-timeline";
import { getDecisionView } from "@/lib/decisions/get-decision-view";
import { DECISION_CONFLICT_MESSAGE, recordHiringDecision } from "@/lib/decisions/record-hiring-decision";
import { hiringDecisionFormSchema, toHiringDecision } from "@/lib/decisions/schema";
import { REJECTION_AFTER_REVIEW } from "../../prisma/seed-data/rejection-reasons";
import { createApplication, createInterview, createScorecard, createStaffSession } from "../factories";
import { TEST_AUTH_SECRET } from "../support/auth-core";
import { testDb } from "../support/db";
import {
  auditEventsOf,
  createActor,
  createPipelineFixture,
  rejectionFixtures,
  transitionsOf,
} from "../support/pipeline";
import { nextRequest } from "../support/next-request";
import { expectAppError } from "../support/app-error";

process.env.AUTH_SECRET = TEST_AUTH_SECRET;
const { recordHiringDecisionAction } =
  await import("@/app/(hiring)/hiring/applications/[applicationId]/scorecards/decision-actions");

let fixtures: Awaited<ReturnType<typeof rejectionFixtures>>;
beforeAll(async () => {
  fixtures = await rejectionFixtures();
});

/** A job with two attributes, an application in "Onsite panel", and an onsite with two interviewers. */
async function panelFixture() {
  const pipeline = await createPipelineFixture({ applicationCount: 0 });
  const { job, stage } = pipeline;
  const [systems, communication] = await Promise.all(
    ["Systems programming in C/C++/Rust", "Communication"].map((name, position) =>
      testDb.scorecardAttribute.create({ data: { jobId: job.id, position, name }, select: { id: true, name: true } }),
    ),
  );
  const application = await createApplication(testDb, {
    jobId: job.id,
    stageName: "Onsite panel",
    candidate: { firstName: "Linus", lastName: "Lambda", preferredName: null },
  });
  const coordinator = await createActor("COORDINATOR");
  const ada = await createActor("INTERVIEWER", "Ada Panel");
  const bo = await createActor("INTERVIEWER", "Bo Panel");
  const interview = await createInterview(testDb, {
    applicationId: application.id,
    scheduledById: coordinator.userId,
    panelUserIds: [ada.userId, bo.userId],
    startsAt: new Date(Date.now() - 3 * 60 * 60 * 1000),
    title: "Onsite: systems design",
  });
  return {
    ...pipeline,
    application,
    coordinator,
    ada,
    bo,
    interview,
    attributes: { systems: systems!, communication: communication! },
    onsite: stage("Onsite panel"),
  };
}

const decide = (
  actor: Actor,
  applicationId: string,
  decision: Parameters<typeof recordHiringDecision>[0]["decision"],
  expectedVersion = 0,
) => recordHiringDecision({ actor, applicationId, expectedVersion, decision });

describe("who may see the decision view and decide", () => {
  it("refuses interviewers and coordinators, and hides another job's application from its hiring manager", async () => {
    const { application, interviewer, coordinator, otherHiringManager, ada } = await panelFixture();
    for (const actor of [interviewer, coordinator, ada]) {
      expect((await expectAppError(getDecisionView({ actor, applicationId: application.id }))).code).toBe("FORBIDDEN");
      expect((await expectAppError(decide(actor, application.id, { kind: "ADVANCE", note: "" }))).code).toBe(
        "FORBIDDEN",
      );
    }
    expect(
      (await expectAppError(getDecisionView({ actor: otherHiringManager, applicationId: application.id }))).code,
    ).toBe("NOT_FOUND");
    expect(
      (await expectAppError(decide(otherHiringManager, application.id, { kind: "MAKE_OFFER", note: "" }))).code,
    ).toBe("NOT_FOUND");

    // Nothing changed for any of these attempts.
    expect(await testDb.hiringDecision.count({ where: { applicationId: application.id } })).toBe(0);
    expect(await transitionsOf(application.id)).toEqual([]);
  });

  it("refuses the server action for an interviewer's session and accepts the hiring manager's", async () => {
    const { application, interviewer, hiringManager } = await panelFixture();
    const input = {
      applicationId: application.id,
      expectedVersion: 0,
      kind: "ADVANCE",
      note: "",
      reasonId: "",
      sendEmail: false,
      subject: "",
      body: "",
    };

    nextRequest.cookie = `authjs.session-token=${(await createStaffSession(testDb, interviewer.userId)).sessionToken}`;
    expect(await recordHiringDecisionAction(input)).toMatchObject({
      ok: false,
      message: "You do not have permission to do that.",
    });
    expect(await testDb.hiringDecision.count({ where: { applicationId: application.id } })).toBe(0);

    nextRequest.cookie = `authjs.session-token=${(await createStaffSession(testDb, hiringManager.userId)).sessionToken}`;
    expect(await recordHiringDecisionAction(input)).toEqual({
      ok: true,
      message: "Decision recorded: advanced to Offer.",
    });
    nextRequest.cookie = "";
  });
});

describe("getDecisionView", () => {
  it("puts every submitted scorecard side by side with private notes, leaves drafts out, and lists who still owes one", async () => {
    const { application, hiringManager, ada, bo, interview, attributes } = await panelFixture();
    await createScorecard(testDb, {
      interviewId: interview.id,
      authorId: ada.userId,
      submitted: true,
      recommendation: "STRONG_YES",
      keyTakeaways: "Designed the isolate scheduler cleanly.",
      privateNotes: "Compensation expectations came up.",
      ratings: { [attributes.systems.id]: "STRONG_YES", [attributes.communication.id]: "YES" },
    });
    await createScorecard(testDb, {
      interviewId: interview.id,
      authorId: bo.userId,
      submitted: false,
      keyTakeaways: "Draft thoughts",
      ratings: { [attributes.systems.id]: "NO" },
    });

    const view = await getDecisionView({ actor: hiringManager, applicationId: application.id });

    expect(view.blind).toBeNull();
    expect(view.attributes.map((attribute) => attribute.name)).toEqual([
      "Systems programming in C/C++/Rust",
      "Communication",
    ]);
    expect(view.scorecards).toHaveLength(1);
    expect(view.scorecards[0]).toMatchObject({
      author: { id: ada.userId, name: "Ada Panel" },
      recommendation: "STRONG_YES",
      keyTakeaways: "Designed the isolate scheduler cleanly.",
      privateNotes: "Compensation expectations came up.",
      ratings: { [attributes.systems.id]: { rating: "STRONG_YES" }, [attributes.communication.id]: { rating: "YES" } },
    });
    expect(JSON.stringify(view)).not.toContain("Draft thoughts");
    expect(view.outstanding.map((entry) => entry.panelist.name)).toEqual(["Bo Panel"]);
    expect(view.targets).toEqual({
      next: expect.objectContaining({ name: "Offer" }),
      offer: expect.objectContaining({ name: "Offer" }),
    });
    expect(view.application.version).toBe(0);
  });

  it("keeps a hiring manager who sits on the panel blind until they submit, with an explanation", async () => {
    const { application, hiringManager, ada, interview, coordinator } = await panelFixture();
    await createScorecard(testDb, {
      interviewId: interview.id,
      authorId: ada.userId,
      submitted: true,
      privateNotes: "Secret",
    });
    const ownInterview = await createInterview(testDb, {
      applicationId: application.id,
      scheduledById: coordinator.userId,
      panelUserIds: [hiringManager.userId],
      title: "Hiring manager screen",
    });

    const blind = await getDecisionView({ actor: hiringManager, applicationId: application.id });
    expect(blind.blind).toEqual({ interviewIds: [ownInterview.id] });
    expect(blind.scorecards).toEqual([]);
    expect(JSON.stringify(blind)).not.toContain("Secret");

    await createScorecard(testDb, { interviewId: ownInterview.id, authorId: hiringManager.userId, submitted: true });
    const seeing = await getDecisionView({ actor: hiringManager, applicationId: application.id });
    expect(seeing.blind).toBeNull();
    expect(seeing.scorecards.map((scorecard) => scorecard.author.id).sort()).toEqual(
      [ada.userId, hiringManager.userId].sort(),
    );
  });
});

describe("recordHiringDecision", () => {
  it("makes an offer: moves to the first offer stage, records the decision, audits it and shows it on the timeline", async () => {
    const { application, hiringManager, stage } = await panelFixture();

    const result = await decide(hiringManager, application.id, {
      kind: "MAKE_OFFER",
      note: "Strong panel; move fast.",
    });

    expect(result).toMatchObject({ kind: "MAKE_OFFER", version: 1, stageName: "Offer", emailId: null });
    expect(
      await testDb.application.findUniqueOrThrow({
        where: { id: application.id },
        select: { stageId: true, status: true },
      }),
    ).toEqual({ stageId: stage("Offer").id, status: "ACTIVE" });
    expect(
      await testDb.hiringDecision.findMany({
        where: { applicationId: application.id },
        select: { kind: true, note: true, decidedById: true },
      }),
    ).toEqual([{ kind: "MAKE_OFFER", note: "Strong panel; move fast.", decidedById: hiringManager.userId }]);
    expect(await auditEventsOf(application.id)).toEqual([
      expect.objectContaining({ action: "application.stageChanged", actorId: hiringManager.userId }),
      expect.objectContaining({
        action: "application.decided",
        actorId: hiringManager.userId,
        metadata: expect.objectContaining({ kind: "MAKE_OFFER", decisionId: result.decisionId }),
      }),
    ]);
    const timeline = await getApplicationTimeline({ actor: hiringManager, applicationId: application.id });
    expect(timeline).toContainEqual(
      expect.objectContaining({
        kind: "decision",
        decision: "MAKE_OFFER",
        decidedByName: "Hal Manager",
        note: "Strong panel; move fast.",
      }),
    );
    expect(timeline).toContainEqual(
      expect.objectContaining({ kind: "transition", fromStage: "Onsite panel", toStage: "Offer" }),
    );
  });

  it("advances to the next stage by position, and refuses once there is none", async () => {
    const { job, hiringManager, recruiter, stage } = await panelFixture();
    const application = await createApplication(testDb, { jobId: job.id, stageName: "Offer" });

    expect(await decide(recruiter, application.id, { kind: "ADVANCE", note: "" })).toMatchObject({
      stageName: "Hired",
      version: 1,
    });
    // Reaching the HIRED-kind stage marks the application hired.
    expect(
      await testDb.application.findUniqueOrThrow({
        where: { id: application.id },
        select: { stageId: true, status: true },
      }),
    ).toEqual({ stageId: stage("Hired").id, status: "HIRED" });

    const last = await expectAppError(decide(hiringManager, application.id, { kind: "ADVANCE", note: "" }, 1));
    expect(last).toMatchObject({
      code: "VALIDATION",
      message: "The candidate is already in the last stage of this job.",
    });
    expect(await testDb.hiringDecision.count({ where: { applicationId: application.id } })).toBe(1);
  });

  it("refuses a decision made on an outdated view (CONFLICT) and records nothing", async () => {
    const { application, hiringManager, recruiter } = await panelFixture();
    await decide(recruiter, application.id, { kind: "MAKE_OFFER", note: "" });

    const stale = await expectAppError(decide(hiringManager, application.id, { kind: "ADVANCE", note: "" }, 0));

    expect(stale).toMatchObject({ code: "CONFLICT", message: DECISION_CONFLICT_MESSAGE });
    expect(await testDb.hiringDecision.count({ where: { applicationId: application.id } })).toBe(1);
    expect(await transitionsOf(application.id)).toHaveLength(1);
  });

  it("rejects with a reason and sends the candidate the email, all from the decision form's values", async () => {
    const { application, hiringManager, onsite } = await panelFixture();
    const reason = await fixtures.reason("Not enough relevant experience");
    const template = await fixtures.template(REJECTION_AFTER_REVIEW);
    const form = hiringDecisionFormSchema.parse({
      applicationId: application.id,
      expectedVersion: 0,
      kind: "REJECT",
      note: "Systems depth was not there yet.",
      reasonId: String(reason.id),
      sendEmail: true,
      templateId: "",
      subject: template.subject,
      body: template.body,
    });

    const result = await decide(hiringManager, application.id, toHiringDecision(form));

    expect(result).toMatchObject({ kind: "REJECT", version: 1, stageName: "Onsite panel" });
    expect(
      await testDb.application.findUniqueOrThrow({
        where: { id: application.id },
        select: { status: true, stageId: true, rejectionReasonId: true },
      }),
    ).toEqual({
      status: "REJECTED",
      stageId: onsite.id,
      rejectionReasonId: reason.id,
    });
    const email = await testDb.emailOutbox.findUniqueOrThrow({ where: { id: result.emailId! } });
    expect(email).toMatchObject({
      toAddress: application.candidate.email,
      applicationId: application.id,
      template: "rejection",
      status: "PENDING",
    });
    expect(email.textBody).toContain("Linus");
    expect(await testDb.hiringDecision.findFirstOrThrow({ where: { applicationId: application.id } })).toMatchObject({
      kind: "REJECT",
      note: "Systems depth was not there yet.",
    });
    expect((await auditEventsOf(application.id)).map((event) => event.action)).toEqual([
      "application.rejected",
      "application.decided",
    ]);
  });

  it("asks for a reason before rejecting (the form's schema), and rolls back a rejection whose reason is not a rejection reason", async () => {
    const { application, hiringManager } = await panelFixture();
    const parsed = hiringDecisionFormSchema.safeParse({
      applicationId: application.id,
      expectedVersion: 0,
      kind: "REJECT",
      note: "",
      reasonId: "",
      sendEmail: false,
      subject: "",
      body: "",
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.path.join("."))).toContain("reasonId");

    const withdrawal = await testDb.rejectionReason.findFirstOrThrow({
      where: { kind: "CANDIDATE_WITHDREW" },
      select: { id: true },
    });
    const refused = await expectAppError(
      decide(hiringManager, application.id, {
        kind: "REJECT",
        note: "",
        rejection: { kind: "WE_REJECTED", reasonId: withdrawal.id, email: null },
      }),
    );
    expect(refused.code).toBe("VALIDATION");
    expect(await testDb.hiringDecision.count({ where: { applicationId: application.id } })).toBe(0);
    expect((await testDb.application.findUniqueOrThrow({ where: { id: application.id } })).status).toBe("ACTIVE");
  });
});
