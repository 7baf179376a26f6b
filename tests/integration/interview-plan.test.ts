// A job's interview plan: who may plan it, that a save names only the job's own stages,
// attributes and interviews, that kept interviews keep their ids (and scheduled interviews their
// link), and that every change is in the audit log.
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { getInterviewPlan } from "@/lib/interview-plan/get-interview-plan";
import { replaceInterviewPlan } from "@/lib/interview-plan/replace-interview-plan";
import { interviewPlanSchema, type InterviewPlanValues } from "@/lib/interview-plan/schema";
import {
  actorFor,
  createApplication,
  createInterview,
  createJob,
  createStaffSession,
  createStaffUser,
  type StaffUser,
} from "../factories";
import { TEST_AUTH_SECRET } from "../support/auth-core";
import { testDb } from "../support/db";
import { nextRequest } from "../support/next-request";
import { expectAppError } from "../support/app-error";

process.env.AUTH_SECRET = TEST_AUTH_SECRET;

const { saveInterviewPlanAction } = await import("@/app/(hiring)/hiring/jobs/[jobId]/interview-plan/actions");
const planPage = await import("@/app/(hiring)/hiring/jobs/[jobId]/interview-plan/page");

type Job = { id: number; stageIds: Record<string, number>; attributeIds: number[] };

async function jobWithAttributes(): Promise<Job> {
  const job = await createJob(testDb);
  await testDb.scorecardAttribute.createMany({
    data: ["Systems programming", "Distributed systems design", "Communication"].map((name, position) => ({
      jobId: job.id,
      position,
      name,
    })),
  });
  const attributes = await testDb.scorecardAttribute.findMany({
    where: { jobId: job.id },
    orderBy: { position: "asc" },
    select: { id: true },
  });
  return {
    id: job.id,
    stageIds: Object.fromEntries(job.stages.map((stage) => [stage.name, stage.id])),
    attributeIds: attributes.map((a) => a.id),
  };
}

function planValues(job: Job): InterviewPlanValues {
  const [systems, design, communication] = job.attributeIds;
  return {
    feedbackVisibility: "AFTER_SUBMITTING",
    scorecardDueHours: "24",
    items: [
      // Listed out of stage order on purpose: the plan is ordered by stage.
      {
        stageId: String(job.stageIds["Onsite panel"]),
        name: "Design",
        durationMinutes: "60",
        instructions: "A rate limiter for a global edge",
        attributeIds: [design!],
      },
      {
        stageId: String(job.stageIds["Recruiter screen"]),
        name: "Screen",
        durationMinutes: "30",
        instructions: "",
        attributeIds: [communication!],
      },
      {
        stageId: String(job.stageIds["Technical interviews"]),
        name: "Coding",
        durationMinutes: "60",
        instructions: "",
        attributeIds: [systems!, communication!],
      },
    ],
  };
}

const users = {} as Record<"admin" | "recruiter" | "coordinator" | "manager" | "interviewer", StaffUser>;
const actor = (name: keyof typeof users): Actor => actorFor(users[name]);
const replace = (who: keyof typeof users, jobId: number, values: InterviewPlanValues) =>
  replaceInterviewPlan({ actor: actor(who), jobId, input: interviewPlanSchema.parse(values) });

/** The plan as stored, in order, to prove a refused save changed nothing. */
const storedPlan = (jobId: number) =>
  testDb.job.findUniqueOrThrow({
    where: { id: jobId },
    select: {
      feedbackVisibility: true,
      scorecardDueHours: true,
      interviewPlan: { orderBy: { position: "asc" }, include: { focus: { orderBy: { attributeId: "asc" } } } },
    },
  });

let job: Job;

beforeAll(async () => {
  users.admin = await createStaffUser(testDb, { role: "ADMIN" });
  users.recruiter = await createStaffUser(testDb, { role: "RECRUITER" });
  users.coordinator = await createStaffUser(testDb, { role: "COORDINATOR" });
  users.manager = await createStaffUser(testDb, { role: "HIRING_MANAGER" });
  users.interviewer = await createStaffUser(testDb, { role: "INTERVIEWER" });
  job = await jobWithAttributes();
  // On the team, so only the role (not the job's visibility) can be what refuses them.
  await testDb.hiringTeamMember.createMany({
    data: [
      { jobId: job.id, userId: users.manager.id, role: "HIRING_MANAGER" },
      { jobId: job.id, userId: users.interviewer.id, role: "INTERVIEWER" },
    ],
  });
});

beforeEach(() => {
  nextRequest.cookie = "";
});

describe("who may plan interviews", () => {
  it("refuses the hiring manager and interviewers of the job, and writes nothing", async () => {
    const before = await storedPlan(job.id);
    for (const who of ["manager", "interviewer"] as const) {
      expect((await expectAppError(replace(who, job.id, planValues(job)))).code).toBe("FORBIDDEN");
      expect((await expectAppError(getInterviewPlan({ actor: actor(who), jobId: job.id }))).code).toBe("FORBIDDEN");
    }
    expect(await storedPlan(job.id)).toEqual(before);
  });

  it("lets coordinators, recruiters and admins plan, in stage order, with the feedback settings", async () => {
    const own = await jobWithAttributes();
    expect(await replace("coordinator", own.id, { ...planValues(own), scorecardDueHours: "48" })).toEqual({
      changed: true,
    });
    // The blind-feedback rule is the recruiters' and admins' (feedback-trust.test.ts refuses a coordinator).
    const values = { ...planValues(own), feedbackVisibility: "NEVER" as const, scorecardDueHours: "48" };
    expect(await replace("recruiter", own.id, values)).toEqual({ changed: true });
    const plan = await getInterviewPlan({ actor: actor("recruiter"), jobId: own.id });
    expect(plan.values.feedbackVisibility).toBe("NEVER");
    expect(plan.values.scorecardDueHours).toBe("48");
    expect(plan.values.items.map((item) => [item.name, item.durationMinutes, item.instructions])).toEqual([
      ["Screen", "30", ""],
      ["Coding", "60", ""],
      ["Design", "60", "A rate limiter for a global edge"],
    ]);
    expect(plan.values.items[1]!.attributeIds).toEqual([own.attributeIds[0], own.attributeIds[2]]);
    expect(await replace("admin", own.id, plan.values)).toEqual({ changed: false });
  });

  it("is refused through the server action and page for an interviewer with a forged request, and allowed for a coordinator", async () => {
    const own = await jobWithAttributes();
    nextRequest.cookie = `authjs.session-token=${(await createStaffSession(testDb, users.interviewer.id)).sessionToken}`;
    expect(await saveInterviewPlanAction(own.id, planValues(own))).toMatchObject({
      ok: false,
      message: "You do not have permission to do that.",
    });
    await expect(planPage.default({ params: Promise.resolve({ jobId: String(own.id) }) })).rejects.toMatchObject({
      digest: expect.stringMatching(/^NEXT_HTTP_ERROR_FALLBACK;404/),
    });
    expect(await testDb.interviewPlanItem.count({ where: { jobId: own.id } })).toBe(0);

    nextRequest.cookie = `authjs.session-token=${(await createStaffSession(testDb, users.coordinator.id)).sessionToken}`;
    const result = await saveInterviewPlanAction(own.id, planValues(own));
    expect(result).toMatchObject({ ok: true, message: "Interview plan saved." });
    expect(result.ok && result.saved.values.items.every((item) => item.planItemId !== undefined)).toBe(true);
    await expect(planPage.default({ params: Promise.resolve({ jobId: String(own.id) }) })).resolves.toBeTruthy();
  });
});

describe("validation", () => {
  it("refuses another job's stage, attribute or plan item, naming the field, and writes nothing", async () => {
    const own = await jobWithAttributes();
    const other = await jobWithAttributes();
    await replace("recruiter", other.id, planValues(other));
    const otherItemId = (
      await testDb.interviewPlanItem.findFirstOrThrow({ where: { jobId: other.id }, select: { id: true } })
    ).id;
    await replace("recruiter", own.id, planValues(own));
    const before = await storedPlan(own.id);

    const values = planValues(own);
    values.scorecardDueHours = "72";
    values.items[0] = { ...values.items[0]!, stageId: String(other.stageIds["Onsite panel"]) };
    values.items[1] = { ...values.items[1]!, attributeIds: [other.attributeIds[0]!] };
    values.items[2] = { ...values.items[2]!, planItemId: otherItemId };
    const error = await expectAppError(replace("recruiter", own.id, values));
    expect(error.code).toBe("VALIDATION");
    expect(Object.keys(error.fieldErrors ?? {}).sort()).toEqual([
      "items.0.stageId",
      "items.1.attributeIds",
      "items.2.name",
    ]);
    expect(await storedPlan(own.id)).toEqual(before);
    expect(
      await testDb.interviewPlanItem.findUniqueOrThrow({ where: { id: otherItemId }, select: { jobId: true } }),
    ).toEqual({ jobId: other.id });
  });

  it("refuses a length or due time out of range through the action, with field errors", async () => {
    const own = await jobWithAttributes();
    nextRequest.cookie = `authjs.session-token=${(await createStaffSession(testDb, users.coordinator.id)).sessionToken}`;
    const values = planValues(own);
    values.items[0] = { ...values.items[0]!, durationMinutes: "0" };
    values.scorecardDueHours = "400";
    const result = await saveInterviewPlanAction(own.id, values);
    expect(result.ok).toBe(false);
    expect(!result.ok && Object.keys(result.fieldErrors ?? {}).sort()).toEqual([
      "items.0.durationMinutes",
      "scorecardDueHours",
    ]);
    expect(await testDb.interviewPlanItem.count({ where: { jobId: own.id } })).toBe(0);
  });
});

describe("replacing a plan", () => {
  it("keeps the ids of kept interviews, unlinks (but keeps) the scheduled interviews of removed ones, and audits the change", async () => {
    const own = await jobWithAttributes();
    await replace("coordinator", own.id, planValues(own));
    const first = (await getInterviewPlan({ actor: actor("coordinator"), jobId: own.id })).values;
    const [screen, coding, design] = first.items;
    const application = await createApplication(testDb, { jobId: own.id });
    const scheduled = await createInterview(testDb, {
      applicationId: application.id,
      scheduledById: users.coordinator.id,
      panelUserIds: [users.interviewer.id],
      planItemId: design!.planItemId!,
    });
    const kept = await createInterview(testDb, {
      applicationId: application.id,
      scheduledById: users.coordinator.id,
      panelUserIds: [users.interviewer.id],
      planItemId: coding!.planItemId!,
    });
    expect(
      (await getInterviewPlan({ actor: actor("coordinator"), jobId: own.id })).scheduledByPlanItemId[
        design!.planItemId!
      ],
    ).toBe(1);

    const second: InterviewPlanValues = {
      ...first,
      feedbackVisibility: "ALWAYS",
      items: [
        { ...coding!, name: "C++ coding", durationMinutes: "75", attributeIds: [own.attributeIds[0]!] },
        {
          stageId: String(own.stageIds["Hiring manager screen"]),
          name: "Manager screen",
          durationMinutes: "45",
          instructions: "",
          attributeIds: [],
        },
        screen!,
      ],
    };
    await replace("recruiter", own.id, second);
    const after = await getInterviewPlan({ actor: actor("coordinator"), jobId: own.id });
    expect(after.values.items.map((item) => [item.name, item.planItemId])).toEqual([
      ["Screen", screen!.planItemId],
      ["Manager screen", expect.any(Number)],
      ["C++ coding", coding!.planItemId],
    ]);
    expect(after.values.items[2]).toMatchObject({ durationMinutes: "75", attributeIds: [own.attributeIds[0]] });
    expect(
      await testDb.interview.findUniqueOrThrow({
        where: { id: scheduled.id },
        select: { planItemId: true, title: true },
      }),
    ).toEqual({ planItemId: null, title: "Systems design" });
    expect(await testDb.interview.findUniqueOrThrow({ where: { id: kept.id }, select: { planItemId: true } })).toEqual({
      planItemId: coding!.planItemId,
    });

    const events = await testDb.auditEvent.findMany({
      where: { action: "job.interviewPlanChanged", subjectType: "job", subjectId: String(own.id) },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { actorId: true, metadata: true },
    });
    expect(events).toHaveLength(2);
    expect(events[1]).toEqual({
      actorId: users.recruiter.id,
      metadata: {
        added: [
          {
            id: after.values.items[1]!.planItemId,
            name: "Manager screen",
            stageId: own.stageIds["Hiring manager screen"],
          },
        ],
        removed: [{ id: design!.planItemId, name: "Design", scheduledInterviews: 1 }],
        changed: [
          {
            id: coding!.planItemId,
            name: "C++ coding",
            fields: ["name", "durationMinutes", "attributeIds", "position"],
          },
        ],
        settings: { feedbackVisibility: { from: "AFTER_SUBMITTING", to: "ALWAYS" } },
      },
    });

    // Saving what is saved changes nothing and records nothing.
    expect(await replace("coordinator", own.id, after.values)).toEqual({ changed: false });
    expect(
      await testDb.auditEvent.count({ where: { action: "job.interviewPlanChanged", subjectId: String(own.id) } }),
    ).toBe(2);
  });
});
