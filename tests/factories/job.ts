import type { Prisma } from "../../lib/generated/prisma/client";
import { defaultStageRows } from "../../lib/jobs/default-stages";
import type { PostingQuestion, PostingSeed } from "../../prisma/seed-data/types";
import { createOffice, createOrganization, findOrCreateDepartment } from "./organization";
import { uniqueSuffix } from "./unique";

type Db = Prisma.TransactionClient;

const DAY_MS = 24 * 60 * 60 * 1000;
const CLOSED_DAYS_AGO = 10;
const OPEN_FOR_MONTHS = 3;

/** One question of every type, with a knockout on the yes/no question. */
export const SAMPLE_QUESTIONS: readonly PostingQuestion[] = [
  { label: "Which programming language do you know best?", type: "SHORT_TEXT", required: true },
  { label: "Describe a system you designed.", type: "LONG_TEXT", required: false },
  { label: "Preferred team", type: "SINGLE_SELECT", required: true, options: ["Runtime", "Storage", "Networking"] },
  {
    label: "Which of these have you used?",
    type: "MULTI_SELECT",
    required: false,
    options: ["Linux", "Kubernetes", "Postgres"],
  },
  { label: "Can you work in a US time zone?", type: "YES_NO", required: true, knockout: { rejectIf: ["NO"] } },
  { label: "Years of professional experience", type: "NUMBER", required: false },
  { label: "Link to your best code", type: "URL", required: false },
];

/** A realistic, unique, published posting; override anything. */
export function buildJobData(overrides: Partial<PostingSeed> = {}): PostingSeed {
  const suffix = uniqueSuffix();
  return {
    slug: `backend-engineer-${suffix}`,
    title: `Backend Engineer ${suffix}`,
    summary: "Build and run the services behind our public API.",
    departmentName: "Engineering",
    officeNames: [],
    status: "PUBLISHED",
    employmentType: "FULL_TIME",
    remotePolicy: "ON_SITE",
    remoteCountryCodes: [],
    isDemo: false,
    publishedDaysAgo: 1,
    sections: [
      {
        heading: "About the role",
        bodyMarkdown: "You will design, build and operate the services behind our public API.",
      },
      { heading: "What you will do", bodyMarkdown: "- Ship features end to end\n- Take part in the on-call rotation" },
      {
        heading: null,
        bodyMarkdown:
          "We are an equal opportunity employer. To ask for an accommodation, write to accommodations@example.test.",
        statements: ["EQUAL_OPPORTUNITY", "ACCOMMODATION_CONTACT"],
      },
    ],
    questions: [],
    ...overrides,
  };
}

function addUtcMonths(date: Date, months: number): Date {
  const result = new Date(date);
  result.setUTCMonth(result.getUTCMonth() + months);
  return result;
}

export type JobRefs = { organizationId: number; departmentId: number; officeIds: number[] };

/**
 * The whole job as one nested create (sections, questions with options, default stages,
 * offices), so it is written atomically. Dates are relative to `now`: a published posting is
 * open for three months, a closed one closed ten days ago, a draft has no dates.
 */
export function jobCreateData(posting: PostingSeed, refs: JobRefs, now = new Date()): Prisma.JobUncheckedCreateInput {
  const publishedAt =
    posting.status === "DRAFT" ? null : new Date(now.getTime() - (posting.publishedDaysAgo ?? 0) * DAY_MS);
  const closedAt =
    posting.status === "CLOSED"
      ? new Date(now.getTime() - Math.min(CLOSED_DAYS_AGO, posting.publishedDaysAgo ?? 0) * DAY_MS)
      : null;
  return {
    organizationId: refs.organizationId,
    departmentId: refs.departmentId,
    slug: posting.slug,
    title: posting.title,
    summary: posting.summary,
    status: posting.status,
    employmentType: posting.employmentType,
    remotePolicy: posting.remotePolicy,
    remoteCountryCodes: posting.remoteCountryCodes,
    isDemo: posting.isDemo,
    exportControlled: posting.exportControlled ?? false,
    publishedAt,
    closedAt,
    validThrough: posting.status === "PUBLISHED" ? addUtcMonths(now, OPEN_FOR_MONTHS) : closedAt,
    sections: { create: posting.sections.map((section, position) => ({ position, ...section })) },
    questions: {
      create: posting.questions.map((question, position) => ({
        position,
        label: question.label,
        description: question.description ?? null,
        type: question.type,
        required: question.required,
        ...(question.knockout && { knockout: question.knockout }),
        options: {
          create: (question.options ?? []).map((label, optionPosition) => ({ position: optionPosition, label })),
        },
      })),
    },
    stages: { create: defaultStageRows() },
    offices: { create: refs.officeIds.map((officeId) => ({ officeId })) },
    // The history publishJob and closeJob write (reports count time to fill from the opening).
    statusChanges: { create: statusHistory(publishedAt, closedAt) },
  };
}

function statusHistory(publishedAt: Date | null, closedAt: Date | null): Prisma.JobStatusChangeCreateWithoutJobInput[] {
  if (!publishedAt) return [];
  const opened = { fromStatus: "DRAFT", toStatus: "PUBLISHED", createdAt: publishedAt } as const;
  return closedAt ? [opened, { fromStatus: "PUBLISHED", toStatus: "CLOSED", createdAt: closedAt }] : [opened];
}

export const jobWithPipeline = {
  sections: { orderBy: { position: "asc" } },
  stages: { orderBy: { position: "asc" } },
  questions: { orderBy: { position: "asc" }, include: { options: { orderBy: { position: "asc" } } } },
} as const satisfies Prisma.JobInclude;

export type CreateJobOverrides = Partial<PostingSeed> & Partial<JobRefs>;

/**
 * Creates a job with its stages, questions and sections. Without an organizationId it creates
 * a fresh employer with one office, so the job is isolated from every other test.
 */
export async function createJob(prisma: Db, overrides: CreateJobOverrides = {}) {
  const { organizationId, departmentId, officeIds, ...postingOverrides } = overrides;
  const posting = buildJobData(postingOverrides);
  const orgId = organizationId ?? (await createOrganization(prisma)).id;
  const deptId = departmentId ?? (await findOrCreateDepartment(prisma, orgId, posting.departmentName)).id;
  const offices = officeIds ?? (organizationId === undefined ? [(await createOffice(prisma, orgId)).id] : []);
  return prisma.job.create({
    data: jobCreateData(posting, { organizationId: orgId, departmentId: deptId, officeIds: offices }),
    include: jobWithPipeline,
  });
}

export type CreatedJob = Awaited<ReturnType<typeof createJob>>;
