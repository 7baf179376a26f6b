import { beforeAll, describe, expect, it } from "vitest";
import { listUnknownMergeFields } from "@/lib/email/merge-fields";
import { rejectApplication } from "@/lib/pipeline/reject-application";
import { rejectionFormSchema, toRejection } from "@/lib/pipeline/schema";
import { EMAIL_TEMPLATES, REJECTION_AFTER_REVIEW, REJECTION_REASONS } from "../../prisma/seed-data/rejection-reasons";
import { createApplication } from "../factories";
import { testDb } from "../support/db";
import { auditEventsOf, createPipelineFixture, rejectionFixtures, transitionsOf } from "../support/pipeline";
import { expectAppError } from "../support/app-error";

let fixtures: Awaited<ReturnType<typeof rejectionFixtures>>;
beforeAll(async () => {
  fixtures = await rejectionFixtures();
});

async function outboxOf(applicationId: string) {
  return testDb.emailOutbox.findMany({
    where: { applicationId },
    select: {
      toAddress: true,
      subject: true,
      textBody: true,
      htmlBody: true,
      template: true,
      candidateId: true,
      status: true,
    },
  });
}

describe("rejectApplication", () => {
  it("rejects with a reason and queues the edited template, merge fields rendered and HTML escaped", async () => {
    const { job, recruiter, stage } = await createPipelineFixture({ applicationCount: 0 });
    const application = await createApplication(testDb, {
      jobId: job.id,
      stageName: "Technical interviews",
      candidate: { firstName: "<b>Ada</b>", preferredName: null },
    });
    const reason = await fixtures.reason("Not enough relevant experience");
    const template = await fixtures.template(REJECTION_AFTER_REVIEW);

    const result = await rejectApplication({
      actor: recruiter,
      applicationId: application.id,
      expectedVersion: 0,
      rejection: {
        kind: "WE_REJECTED",
        reasonId: reason.id,
        // The recruiter edited the first line of the template before sending.
        email: {
          subject: template.subject,
          body: template.body.replace("Dear {{candidate.preferredName}},", "Hello {{candidate.preferredName}} & team,"),
        },
      },
    });

    expect(result).toMatchObject({ status: "REJECTED", version: 1 });
    const stored = await testDb.application.findUniqueOrThrow({
      where: { id: application.id },
      select: { status: true, rejectionReasonId: true, closedAt: true, stageId: true },
    });
    expect(stored).toMatchObject({
      status: "REJECTED",
      rejectionReasonId: reason.id,
      stageId: stage("Technical interviews").id,
    });
    expect(stored.closedAt).toBeInstanceOf(Date);
    expect(await transitionsOf(application.id)).toEqual([
      {
        fromStageId: stage("Technical interviews").id,
        toStageId: stage("Technical interviews").id,
        fromStatus: "ACTIVE",
        toStatus: "REJECTED",
        actorId: recruiter.userId,
        rejectionReasonId: reason.id,
      },
    ]);
    expect(await auditEventsOf(application.id)).toEqual([
      expect.objectContaining({
        action: "application.rejected",
        actorId: recruiter.userId,
        metadata: expect.objectContaining({ kind: "WE_REJECTED", emailQueued: true }),
      }),
    ]);

    const [email, ...others] = await outboxOf(application.id);
    expect(others).toEqual([]);
    expect(email).toMatchObject({
      toAddress: application.candidate.email,
      candidateId: application.candidateId,
      template: "rejection",
      status: "PENDING",
    });
    expect(email!.subject).toBe(`Your application for ${job.title} at ${await organizationName(job.id)}`);
    expect(email!.textBody).toContain("Hello <b>Ada</b> & team,");
    expect(email!.textBody).toContain(`reference is ${application.reference}`);
    expect(email!.textBody).toContain("Rita Recruiter");
    expect(email!.textBody).not.toContain("{{");
    expect(email!.htmlBody).toContain("<p>Hello &lt;b&gt;Ada&lt;/b&gt; &amp; team,</p>");
    expect(email!.htmlBody).not.toContain("<b>Ada</b>");
  });

  it("records a withdrawal without an email", async () => {
    const { applications, hiringManager } = await createPipelineFixture({ applicationCount: 1 });
    const application = applications[0]!;
    const reason = await fixtures.reason("Accepted another offer");

    const result = await rejectApplication({
      actor: hiringManager,
      applicationId: application.id,
      expectedVersion: 0,
      rejection: { kind: "CANDIDATE_WITHDREW", reasonId: reason.id, email: null },
    });

    expect(result).toMatchObject({ status: "WITHDRAWN", emailId: null });
    const history = await transitionsOf(application.id);
    expect(history).toEqual([expect.objectContaining({ toStatus: "WITHDRAWN", rejectionReasonId: reason.id })]);
    expect(await outboxOf(application.id)).toEqual([]);
    const stored = await testDb.application.findUniqueOrThrow({
      where: { id: application.id },
      select: { rejectionReason: { select: { kind: true } } },
    });
    expect(stored.rejectionReason?.kind).toBe("CANDIDATE_WITHDREW");
  });

  it("refuses a reason of the other kind, an unknown merge field, a stale version and other jobs' managers", async () => {
    const { applications, recruiter, otherHiringManager } = await createPipelineFixture({ applicationCount: 1 });
    const applicationId = applications[0]!.id;
    const withdrawal = await fixtures.reason("Compensation");
    const rejection = await fixtures.reason("Position filled");

    const wrongKind = await expectAppError(
      rejectApplication({
        actor: recruiter,
        applicationId,
        expectedVersion: 0,
        rejection: { kind: "WE_REJECTED", reasonId: withdrawal.id, email: null },
      }),
    );
    expect(wrongKind.code).toBe("VALIDATION");
    expect(wrongKind.fieldErrors).toHaveProperty("reasonId");

    const unknownField = await expectAppError(
      rejectApplication({
        actor: recruiter,
        applicationId,
        expectedVersion: 0,
        rejection: {
          kind: "WE_REJECTED",
          reasonId: rejection.id,
          email: { subject: "Hi", body: "Dear {{candidate.nickname}}" },
        },
      }),
    );
    expect(unknownField.code).toBe("VALIDATION");
    expect(unknownField.message).toContain("{{candidate.nickname}}");

    expect(
      (
        await expectAppError(
          rejectApplication({
            actor: otherHiringManager,
            applicationId,
            expectedVersion: 0,
            rejection: { kind: "WE_REJECTED", reasonId: rejection.id, email: null },
          }),
        )
      ).code,
    ).toBe("NOT_FOUND");
    expect(
      (
        await expectAppError(
          rejectApplication({
            actor: recruiter,
            applicationId,
            expectedVersion: 3,
            rejection: { kind: "WE_REJECTED", reasonId: rejection.id, email: null },
          }),
        )
      ).code,
    ).toBe("CONFLICT");

    expect(
      await testDb.application.findUniqueOrThrow({
        where: { id: applicationId },
        select: { status: true, version: true },
      }),
    ).toEqual({ status: "ACTIVE", version: 0 });
    expect(await transitionsOf(applicationId)).toEqual([]);
    expect(await outboxOf(applicationId)).toEqual([]);
  });

  it("validates the dialog with the shared schema: unknown merge fields, email only when asked", () => {
    const base = {
      kind: "WE_REJECTED" as const,
      reasonId: "4",
      sendEmail: true,
      subject: "About {{job.titel}}",
      body: "Dear {{candidate.firstName}}",
    };
    const parsed = rejectionFormSchema.safeParse(base);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues).toEqual([
      expect.objectContaining({ path: ["subject"], message: "Unknown merge field: {{job.titel}}" }),
    ]);
    const silent = rejectionFormSchema.parse({ ...base, sendEmail: false });
    expect(toRejection(silent)).toEqual({ kind: "WE_REJECTED", reasonId: 4, email: null });
  });
});

describe("seeded reasons and templates", () => {
  it("cover both kinds, every reason suggests a template, and templates use known merge fields only", async () => {
    expect(new Set(REJECTION_REASONS.map((reason) => reason.kind))).toEqual(
      new Set(["WE_REJECTED", "CANDIDATE_WITHDREW"]),
    );
    for (const template of EMAIL_TEMPLATES) {
      expect(listUnknownMergeFields(template.subject + template.body), template.name).toEqual([]);
    }
    const reasons = await testDb.rejectionReason.findMany({
      where: { label: { in: REJECTION_REASONS.map((reason) => reason.label) } },
      select: { emailTemplateId: true },
    });
    expect(reasons).toHaveLength(REJECTION_REASONS.length);
    expect(reasons.every((reason) => reason.emailTemplateId)).toBe(true);
  });
});

async function organizationName(jobId: number): Promise<string> {
  const job = await testDb.job.findUniqueOrThrow({
    where: { id: jobId },
    select: { organization: { select: { name: true } } },
  });
  return job.organization.name;
}
