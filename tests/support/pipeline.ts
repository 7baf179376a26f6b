// A job with applications and the staff around it, for the pipeline integration tests.
import type { Actor } from "@/lib/auth/actor";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import { seedRejectionReasons } from "../../prisma/seed-data/rejection-reasons";
import { createApplication, createJob, SAMPLE_QUESTIONS } from "../factories";
import { actorFor, createStaffUser } from "../factories/staff";
import { testDb } from "./db";

export async function createActor(role: StaffRole, name?: string): Promise<Actor> {
  return actorFor(await createStaffUser(testDb, { role, ...(name !== undefined && { name }) }));
}

/** A job with `applicationCount` applications in its first stage, and who may see it. */
export async function createPipelineFixture({ applicationCount = 3 } = {}) {
  const job = await createJob(testDb, { questions: [...SAMPLE_QUESTIONS] });
  const otherJob = await createJob(testDb);
  const applications = [];
  for (let index = 0; index < applicationCount; index += 1) {
    applications.push(
      await createApplication(testDb, { jobId: job.id, submittedAt: new Date(Date.now() - index * 60_000) }),
    );
  }
  const recruiter = await createActor("RECRUITER", "Rita Recruiter");
  const hiringManager = await createActor("HIRING_MANAGER");
  const otherHiringManager = await createActor("HIRING_MANAGER");
  const interviewer = await createActor("INTERVIEWER");
  await testDb.hiringTeamMember.createMany({
    data: [
      { jobId: job.id, userId: hiringManager.userId, role: "HIRING_MANAGER" },
      { jobId: otherJob.id, userId: otherHiringManager.userId, role: "HIRING_MANAGER" },
      { jobId: job.id, userId: interviewer.userId, role: "INTERVIEWER" },
    ],
  });
  const stage = (name: string) => {
    const found = job.stages.find((candidate) => candidate.name === name);
    if (!found) throw new Error(`No stage ${name}`);
    return found;
  };
  return { job, otherJob, applications, recruiter, hiringManager, otherHiringManager, interviewer, stage };
}

/** The seeded reasons and templates (idempotent), looked up by label and name. */
export async function rejectionFixtures() {
  await seedRejectionReasons(testDb);
  const reason = async (label: string) =>
    testDb.rejectionReason.findFirstOrThrow({ where: { label }, select: { id: true, kind: true, label: true } });
  const template = async (name: string) =>
    testDb.emailTemplate.findUniqueOrThrow({ where: { name }, select: { id: true, subject: true, body: true } });
  return { reason, template };
}

export async function transitionsOf(applicationId: string) {
  return testDb.stageTransition.findMany({
    where: { applicationId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      fromStageId: true,
      toStageId: true,
      fromStatus: true,
      toStatus: true,
      actorId: true,
      rejectionReasonId: true,
    },
  });
}

export async function auditEventsOf(applicationId: string) {
  return testDb.auditEvent.findMany({
    where: { subjectType: "application", subjectId: applicationId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { action: true, actorId: true, metadata: true },
  });
}

/**
 * Two jobs and the staff around them, for tests of who sees what: a hiring manager and an
 * interviewer on the first job's team, a hiring manager of the second, and recruiting staff.
 */
export async function createTwoTeamsFixture() {
  const job = await createJob(testDb);
  const otherJob = await createJob(testDb);
  const people = {
    recruiter: await createActor("RECRUITER"),
    coordinator: await createActor("COORDINATOR"),
    manager: await createActor("HIRING_MANAGER"),
    otherManager: await createActor("HIRING_MANAGER"),
    interviewer: await createActor("INTERVIEWER"),
  };
  await testDb.hiringTeamMember.createMany({
    data: [
      { jobId: job.id, userId: people.manager.userId, role: "HIRING_MANAGER" },
      { jobId: otherJob.id, userId: people.otherManager.userId, role: "HIRING_MANAGER" },
      { jobId: job.id, userId: people.interviewer.userId, role: "INTERVIEWER" },
    ],
  });
  return { job, otherJob, people };
}
