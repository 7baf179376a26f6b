// Demo applicants for the seed job, so a fresh local install has a pipeline to triage. Every
// one is marked "(demo)" in the name and uses an example.com address; they are created only
// while the seed job has no application at all, so real applications are never mixed in later.
import type { Prisma } from "../../lib/generated/prisma/client";
import { createApplication } from "../../tests/factories/application";
import { SEED_JOB_SLUG } from "./postings/workers-runtime-engineer";

type DemoApplicant = {
  firstName: string;
  lastName: string;
  stageName: string;
  daysAgo: number;
  accommodation?: boolean;
  utmSource?: string;
};

const DEMO_APPLICANTS: readonly DemoApplicant[] = [
  { firstName: "Ada", lastName: "Lovelace (demo)", stageName: "Applied", daysAgo: 1, utmSource: "linkedin" },
  { firstName: "Ken", lastName: "Thompson (demo)", stageName: "Applied", daysAgo: 2 },
  { firstName: "Radia", lastName: "Perlman (demo)", stageName: "Applied", daysAgo: 2, accommodation: true },
  { firstName: "Dennis", lastName: "Ritchie (demo)", stageName: "Applied", daysAgo: 3 },
  { firstName: "Frances", lastName: "Allen (demo)", stageName: "Recruiter screen", daysAgo: 6, utmSource: "linkedin" },
  {
    firstName: "Linus",
    lastName: "Torvalds (demo)",
    stageName: "Recruiter screen",
    daysAgo: 7,
    utmSource: "hacker-news",
  },
  { firstName: "Barbara", lastName: "Liskov (demo)", stageName: "Hiring manager screen", daysAgo: 10 },
  {
    firstName: "Margaret",
    lastName: "Hamilton (demo)",
    stageName: "Technical interviews",
    daysAgo: 14,
    utmSource: "github",
  },
];

const DAY_MS = 24 * 60 * 60 * 1000;

export async function seedDemoApplications(prisma: Prisma.TransactionClient): Promise<void> {
  const job = await prisma.job.findUnique({
    where: { slug: SEED_JOB_SLUG },
    select: {
      id: true,
      stages: { orderBy: { position: "asc" }, select: { id: true, name: true } },
      _count: { select: { applications: true } },
    },
  });
  if (!job || job._count.applications > 0) return;
  for (const applicant of DEMO_APPLICANTS) {
    const handle = `${applicant.firstName}.${applicant.lastName.split(" ")[0]}`.toLowerCase();
    const submittedAt = new Date(Date.now() - applicant.daysAgo * DAY_MS);
    const application = await createApplication(prisma, {
      jobId: job.id,
      stageName: applicant.stageName,
      submittedAt,
      overrides: applicant.utmSource ? { sourceDetail: { utm_source: applicant.utmSource } } : {},
      candidate: { firstName: applicant.firstName, lastName: applicant.lastName, email: `${handle}.demo@example.com` },
      answers: true,
      workAuthorization: true,
      exportControl: true,
      accommodation: applicant.accommodation ?? false,
    });
    await seedStageHistory(prisma, application.id, job.stages, applicant.stageName, submittedAt);
  }
}

/** The moves that brought an applicant to their stage, one stage at a time, spread evenly since they applied (the reports read them). */
async function seedStageHistory(
  prisma: Prisma.TransactionClient,
  applicationId: string,
  stages: { id: number; name: string }[],
  stageName: string,
  submittedAt: Date,
) {
  const reached = stages.findIndex((stage) => stage.name === stageName);
  if (reached <= 0) return;
  const step = (Date.now() - submittedAt.getTime()) / (reached + 1);
  await prisma.stageTransition.createMany({
    data: stages.slice(1, reached + 1).map((stage, index) => ({
      applicationId,
      fromStageId: stages[index]!.id,
      toStageId: stage.id,
      fromStatus: "ACTIVE" as const,
      toStatus: "ACTIVE" as const,
      createdAt: new Date(submittedAt.getTime() + step * (index + 1)),
    })),
  });
}
