// A job with one fully answered application and the staff around it, for the candidate
// profile integration tests.
import type { Actor } from "@/lib/auth/actor";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import {
  actorFor,
  createApplication,
  createJob,
  createStaffUser,
  ensureLegalForms,
  SAMPLE_QUESTIONS,
  type CreateApplicationOptions,
} from "../factories";
import { testDb } from "./db";

export async function createStaff(
  role: StaffRole,
  overrides: { name?: string; email?: string; active?: boolean } = {},
): Promise<Actor> {
  return actorFor(await createStaffUser(testDb, { role, ...overrides }));
}

export async function createProfileFixture(options: CreateApplicationOptions = {}) {
  await ensureLegalForms(testDb);
  const job = await createJob(testDb, { questions: [...SAMPLE_QUESTIONS] });
  const otherJob = await createJob(testDb);
  const application = await createApplication(testDb, {
    jobId: job.id,
    answers: true,
    workAuthorization: true,
    exportControl: true,
    accommodation: true,
    ...options,
  });
  const [admin, recruiter, coordinator, hiringManager, otherHiringManager, interviewer] = await Promise.all([
    createStaff("ADMIN"),
    createStaff("RECRUITER"),
    createStaff("COORDINATOR"),
    createStaff("HIRING_MANAGER"),
    createStaff("HIRING_MANAGER"),
    createStaff("INTERVIEWER"),
  ]);
  await testDb.hiringTeamMember.createMany({
    data: [
      { jobId: job.id, userId: hiringManager.userId, role: "HIRING_MANAGER" },
      { jobId: otherJob.id, userId: otherHiringManager.userId, role: "HIRING_MANAGER" },
      { jobId: job.id, userId: interviewer.userId, role: "INTERVIEWER" },
    ],
  });
  return { job, otherJob, application, admin, recruiter, coordinator, hiringManager, otherHiringManager, interviewer };
}

export async function auditEvents(subjectId: string, action: string) {
  return testDb.auditEvent.findMany({
    where: { subjectId, action },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { actorId: true, metadata: true },
  });
}
