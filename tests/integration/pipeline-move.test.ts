import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { moveApplicationStage } from "@/lib/pipeline/move-application-stage";
import { createApplication } from "../factories";
import { testDb } from "../support/db";
import { auditEventsOf, createPipelineFixture, transitionsOf } from "../support/pipeline";
import { expectAppError } from "../support/app-error";

async function stateOf(applicationId: string) {
  return testDb.application.findUniqueOrThrow({
    where: { id: applicationId },
    select: { stageId: true, version: true, lastActivityAt: true, status: true },
  });
}

describe("moveApplicationStage", () => {
  it("moves the card, bumps the version and records who moved it from where to where", async () => {
    const { applications, recruiter, stage } = await createPipelineFixture({ applicationCount: 1 });
    const application = applications[0]!;
    // Last active a minute ago: created and moved within one millisecond, the two times would be equal.
    await testDb.application.update({
      where: { id: application.id },
      data: { lastActivityAt: new Date(Date.now() - 60_000) },
    });
    const before = await stateOf(application.id);

    const result = await moveApplicationStage({
      actor: recruiter,
      applicationId: application.id,
      toStageId: stage("Recruiter screen").id,
      expectedVersion: 0,
    });

    expect(result).toEqual({
      applicationId: application.id,
      stageId: stage("Recruiter screen").id,
      version: 1,
      moved: true,
    });
    const after = await stateOf(application.id);
    expect(after).toMatchObject({ stageId: stage("Recruiter screen").id, version: 1, status: "ACTIVE" });
    expect(after.lastActivityAt.getTime()).toBeGreaterThan(before.lastActivityAt.getTime());
    expect(await transitionsOf(application.id)).toEqual([
      {
        fromStageId: stage("Applied").id,
        toStageId: stage("Recruiter screen").id,
        fromStatus: "ACTIVE",
        toStatus: "ACTIVE",
        actorId: recruiter.userId,
        rejectionReasonId: null,
      },
    ]);
    expect(await auditEventsOf(application.id)).toEqual([
      expect.objectContaining({ action: "application.stageChanged", actorId: recruiter.userId }),
    ]);
  });

  it("lets the job's hiring manager move, and hides the application from other jobs' managers and interviewers", async () => {
    const { applications, hiringManager, otherHiringManager, interviewer, stage } = await createPipelineFixture({
      applicationCount: 1,
    });
    const applicationId = applications[0]!.id;
    const toStageId = stage("Hiring manager screen").id;

    await expectAppError(
      moveApplicationStage({ actor: otherHiringManager, applicationId, toStageId, expectedVersion: 0 }),
      "NOT_FOUND",
    );
    await expectAppError(
      moveApplicationStage({ actor: interviewer, applicationId, toStageId, expectedVersion: 0 }),
      "NOT_FOUND",
    );
    expect(await transitionsOf(applicationId)).toEqual([]);

    await moveApplicationStage({ actor: hiringManager, applicationId, toStageId, expectedVersion: 0 });
    expect((await stateOf(applicationId)).stageId).toBe(toStageId);
  });

  it("refuses a stage of another job", async () => {
    const { applications, otherJob, recruiter } = await createPipelineFixture({ applicationCount: 1 });
    const applicationId = applications[0]!.id;
    const error = await expectAppError(
      moveApplicationStage({ actor: recruiter, applicationId, toStageId: otherJob.stages[1]!.id, expectedVersion: 0 }),
      "VALIDATION",
    );
    expect(error.message).toMatch(/not part of this job/);
    expect(await stateOf(applicationId)).toMatchObject({ version: 0 });
    expect(await transitionsOf(applicationId)).toEqual([]);
  });

  it("refuses a move based on an outdated board with CONFLICT and the message staff see", async () => {
    const { applications, recruiter, stage } = await createPipelineFixture({ applicationCount: 1 });
    const applicationId = applications[0]!.id;
    await moveApplicationStage({
      actor: recruiter,
      applicationId,
      toStageId: stage("Recruiter screen").id,
      expectedVersion: 0,
    });

    const error = await expectAppError(
      moveApplicationStage({ actor: recruiter, applicationId, toStageId: stage("Offer").id, expectedVersion: 0 }),
      "CONFLICT",
    );
    expect(error.message).toBe("Someone else moved this candidate a moment ago; the board has been refreshed.");
    expect(await stateOf(applicationId)).toMatchObject({ stageId: stage("Recruiter screen").id, version: 1 });
  });

  it("lets exactly one of several simultaneous moves win and never loses a transition", async () => {
    const { applications, recruiter, hiringManager, stage } = await createPipelineFixture({ applicationCount: 1 });
    const applicationId = applications[0]!.id;
    const targets = ["Recruiter screen", "Hiring manager screen", "Technical interviews", "Onsite panel"].map(
      (name) => stage(name).id,
    );

    const results = await Promise.allSettled(
      targets.map((toStageId, index) =>
        moveApplicationStage({
          actor: index % 2 ? hiringManager : recruiter,
          applicationId,
          toStageId,
          expectedVersion: 0,
        }),
      ),
    );

    const won = results.filter((result) => result.status === "fulfilled");
    const lost = results.filter((result): result is PromiseRejectedResult => result.status === "rejected");
    expect(won).toHaveLength(1);
    expect(lost.map((result) => (result.reason as AppError).code)).toEqual(["CONFLICT", "CONFLICT", "CONFLICT"]);
    const winner = (won[0] as PromiseFulfilledResult<{ stageId: number }>).value;
    const history = await transitionsOf(applicationId);
    expect(history).toHaveLength(1);
    expect(history[0]!.toStageId).toBe(winner.stageId);
    expect(await stateOf(applicationId)).toMatchObject({ stageId: winner.stageId, version: 1 });
  });

  it("records every one of sequential moves made with fresh versions", async () => {
    const { applications, recruiter, hiringManager, stage } = await createPipelineFixture({ applicationCount: 1 });
    const applicationId = applications[0]!.id;
    const first = await moveApplicationStage({
      actor: recruiter,
      applicationId,
      toStageId: stage("Recruiter screen").id,
      expectedVersion: 0,
    });
    const second = await moveApplicationStage({
      actor: hiringManager,
      applicationId,
      toStageId: stage("Onsite panel").id,
      expectedVersion: first.version,
    });

    expect(second.version).toBe(2);
    expect((await transitionsOf(applicationId)).map((row) => [row.fromStageId, row.toStageId, row.actorId])).toEqual([
      [stage("Applied").id, stage("Recruiter screen").id, recruiter.userId],
      [stage("Recruiter screen").id, stage("Onsite panel").id, hiringManager.userId],
    ]);
    expect((await auditEventsOf(applicationId)).map((event) => event.action)).toEqual([
      "application.stageChanged",
      "application.stageChanged",
    ]);
  });

  it("treats a drop on the same stage as no move, and refuses to move a closed application", async () => {
    const { job, applications, recruiter, stage } = await createPipelineFixture({ applicationCount: 1 });
    const same = await moveApplicationStage({
      actor: recruiter,
      applicationId: applications[0]!.id,
      toStageId: stage("Applied").id,
      expectedVersion: 0,
    });
    expect(same).toMatchObject({ moved: false, version: 0 });
    expect(await transitionsOf(applications[0]!.id)).toEqual([]);

    const rejected = await createApplication(testDb, { jobId: job.id, status: "REJECTED" });
    await expectAppError(
      moveApplicationStage({
        actor: recruiter,
        applicationId: rejected.id,
        toStageId: stage("Offer").id,
        expectedVersion: 0,
      }),
      "VALIDATION",
    );
  });

  it("marks an application HIRED in a HIRED-kind stage, and ACTIVE again when it is moved back out", async () => {
    const { job, recruiter, stage } = await createPipelineFixture({ applicationCount: 0 });
    const application = await createApplication(testDb, { jobId: job.id, stageName: "Offer" });

    await moveApplicationStage({
      actor: recruiter,
      applicationId: application.id,
      toStageId: stage("Hired").id,
      expectedVersion: 0,
    });
    expect(await stateOf(application.id)).toMatchObject({ stageId: stage("Hired").id, status: "HIRED", version: 1 });
    await moveApplicationStage({
      actor: recruiter,
      applicationId: application.id,
      toStageId: stage("Offer").id,
      expectedVersion: 1,
    });
    expect(await stateOf(application.id)).toMatchObject({ stageId: stage("Offer").id, status: "ACTIVE", version: 2 });

    expect(await transitionsOf(application.id)).toEqual([
      expect.objectContaining({
        fromStageId: stage("Offer").id,
        toStageId: stage("Hired").id,
        fromStatus: "ACTIVE",
        toStatus: "HIRED",
      }),
      expect.objectContaining({
        fromStageId: stage("Hired").id,
        toStageId: stage("Offer").id,
        fromStatus: "HIRED",
        toStatus: "ACTIVE",
      }),
    ]);
    expect((await auditEventsOf(application.id)).map((event) => event.metadata)).toEqual([
      expect.objectContaining({ fromStatus: "ACTIVE", toStatus: "HIRED" }),
      expect.objectContaining({ fromStatus: "HIRED", toStatus: "ACTIVE" }),
    ]);
  });
});
