import { beforeAll, describe, expect, it } from "vitest";
import { bulkUpdateApplications } from "@/lib/pipeline/bulk-update-applications";
import { moveApplicationStage } from "@/lib/pipeline/move-application-stage";
import { WITHDRAWAL_ACKNOWLEDGED } from "../../prisma/seed-data/rejection-reasons";
import { createApplication, uniqueSuffix } from "../factories";
import { testDb } from "../support/db";
import { auditEventsOf, createPipelineFixture, rejectionFixtures, transitionsOf } from "../support/pipeline";
import { expectAppError } from "../support/app-error";

let fixtures: Awaited<ReturnType<typeof rejectionFixtures>>;
beforeAll(async () => {
  fixtures = await rejectionFixtures();
});

async function statesOf(ids: string[]) {
  return testDb.application.findMany({
    where: { id: { in: ids } },
    orderBy: { id: "asc" },
    select: { stageId: true, status: true, version: true },
  });
}

describe("bulkUpdateApplications", () => {
  it("moves every selected application with a transition and an audit event each", async () => {
    const { job, applications, recruiter, stage } = await createPipelineFixture({ applicationCount: 3 });
    const ids = applications.map((application) => application.id);

    const result = await bulkUpdateApplications({
      actor: recruiter,
      jobId: job.id,
      applicationIds: ids,
      operation: "move",
      toStageId: stage("Recruiter screen").id,
    });

    expect(result).toEqual({ changed: 3, emailIds: [] });
    for (const state of await statesOf(ids))
      expect(state).toEqual({ stageId: stage("Recruiter screen").id, status: "ACTIVE", version: 1 });
    for (const id of ids) {
      expect(await transitionsOf(id)).toEqual([
        expect.objectContaining({
          fromStageId: stage("Applied").id,
          toStageId: stage("Recruiter screen").id,
          actorId: recruiter.userId,
        }),
      ]);
      expect((await auditEventsOf(id)).map((event) => event.action)).toEqual(["application.stageChanged"]);
    }
  });

  it("is all or nothing: one application the hiring manager may not see refuses the whole request", async () => {
    const { job, otherJob, applications, hiringManager, stage } = await createPipelineFixture({ applicationCount: 2 });
    const elsewhere = await createApplication(testDb, { jobId: otherJob.id });
    const ids = [...applications.map((application) => application.id), elsewhere.id];
    const reason = await fixtures.reason("Position filled");

    for (const request of [
      () =>
        bulkUpdateApplications({
          actor: hiringManager,
          jobId: job.id,
          applicationIds: ids,
          operation: "move",
          toStageId: stage("Offer").id,
        }),
      () =>
        bulkUpdateApplications({
          actor: hiringManager,
          jobId: job.id,
          applicationIds: ids,
          operation: "reject",
          rejection: { kind: "WE_REJECTED", reasonId: reason.id, email: null },
        }),
      () =>
        bulkUpdateApplications({
          actor: hiringManager,
          jobId: job.id,
          applicationIds: ids,
          operation: "tag",
          tagName: "Strong",
        }),
    ]) {
      expect((await expectAppError(request())).code).toBe("NOT_FOUND");
    }
    for (const state of await statesOf(ids)) expect(state).toMatchObject({ status: "ACTIVE", version: 0 });
    for (const id of ids) expect(await transitionsOf(id)).toEqual([]);
    expect(await testDb.applicationTag.count({ where: { applicationId: { in: ids } } })).toBe(0);
  });

  it("refuses applications of another job even for a recruiter who sees every job", async () => {
    const { job, otherJob, applications, recruiter, stage } = await createPipelineFixture({ applicationCount: 1 });
    const elsewhere = await createApplication(testDb, { jobId: otherJob.id });
    const error = await expectAppError(
      bulkUpdateApplications({
        actor: recruiter,
        jobId: job.id,
        applicationIds: [applications[0]!.id, elsewhere.id],
        operation: "move",
        toStageId: stage("Offer").id,
      }),
    );
    expect(error.code).toBe("NOT_FOUND");
    expect(await transitionsOf(applications[0]!.id)).toEqual([]);
  });

  it("rolls back every change when one application changed meanwhile", async () => {
    const { job, applications, recruiter, stage } = await createPipelineFixture({ applicationCount: 3 });
    const ids = applications.map((application) => application.id);
    const reason = await fixtures.reason("Position filled");
    // Someone else rejects one of them after the board was loaded.
    await bulkUpdateApplications({
      actor: recruiter,
      jobId: job.id,
      applicationIds: [ids[2]!],
      operation: "reject",
      rejection: { kind: "WE_REJECTED", reasonId: reason.id, email: null },
    });

    const error = await expectAppError(
      bulkUpdateApplications({
        actor: recruiter,
        jobId: job.id,
        applicationIds: ids,
        operation: "move",
        toStageId: stage("Offer").id,
      }),
    );
    expect(error.code).toBe("CONFLICT");
    expect(await transitionsOf(ids[0]!)).toEqual([]);
    expect(await transitionsOf(ids[1]!)).toEqual([]);
  });

  it("rejects in bulk with a personal email to each candidate", async () => {
    const { job, applications, recruiter } = await createPipelineFixture({ applicationCount: 2 });
    const ids = applications.map((application) => application.id);
    const reason = await fixtures.reason("No longer interested");
    const template = await fixtures.template(WITHDRAWAL_ACKNOWLEDGED);

    const result = await bulkUpdateApplications({
      actor: recruiter,
      jobId: job.id,
      applicationIds: ids,
      operation: "reject",
      rejection: {
        kind: "CANDIDATE_WITHDREW",
        reasonId: reason.id,
        email: { subject: template.subject, body: template.body },
      },
    });

    expect(result.changed).toBe(2);
    expect(result.emailIds).toHaveLength(2);
    for (const application of applications) {
      const emails = await testDb.emailOutbox.findMany({
        where: { applicationId: application.id },
        select: { toAddress: true, textBody: true, template: true },
      });
      expect(emails).toEqual([
        {
          toAddress: application.candidate.email,
          template: "withdrawal-acknowledged",
          textBody: expect.stringContaining(`Dear ${application.candidate.firstName},`),
        },
      ]);
      expect(emails[0]!.textBody).toContain(application.reference);
      expect(await transitionsOf(application.id)).toEqual([
        expect.objectContaining({ toStatus: "WITHDRAWN", rejectionReasonId: reason.id }),
      ]);
    }
  });

  it("tags by name, creating the tag once and reusing it whatever the case", async () => {
    const { job, applications, recruiter } = await createPipelineFixture({ applicationCount: 2 });
    const ids = applications.map((application) => application.id);
    const name = `Referral ${uniqueSuffix()}`;

    expect(
      (
        await bulkUpdateApplications({
          actor: recruiter,
          jobId: job.id,
          applicationIds: ids,
          operation: "tag",
          tagName: name,
        })
      ).changed,
    ).toBe(2);
    expect(
      (
        await bulkUpdateApplications({
          actor: recruiter,
          jobId: job.id,
          applicationIds: ids,
          operation: "tag",
          tagName: name.toUpperCase(),
        })
      ).changed,
    ).toBe(0);

    expect(await testDb.tag.count({ where: { name: { equals: name, mode: "insensitive" } } })).toBe(1);
    expect(
      await testDb.applicationTag.count({ where: { applicationId: { in: ids }, addedById: recruiter.userId } }),
    ).toBe(2);
    // Tagging is not a stage change: versions stay, so open boards need no refresh to move cards.
    for (const state of await statesOf(ids)) expect(state.version).toBe(0);
    expect((await auditEventsOf(ids[0]!)).map((event) => event.action)).toEqual(["application.tagged"]);
  });

  it("serializes with single moves: a move based on the pre-bulk version gets CONFLICT", async () => {
    const { job, applications, recruiter, stage } = await createPipelineFixture({ applicationCount: 2 });
    const ids = applications.map((application) => application.id);
    await bulkUpdateApplications({
      actor: recruiter,
      jobId: job.id,
      applicationIds: ids,
      operation: "move",
      toStageId: stage("Recruiter screen").id,
    });
    const error = await expectAppError(
      moveApplicationStage({
        actor: recruiter,
        applicationId: ids[0]!,
        toStageId: stage("Offer").id,
        expectedVersion: 0,
      }),
    );
    expect(error.code).toBe("CONFLICT");
  });
});
