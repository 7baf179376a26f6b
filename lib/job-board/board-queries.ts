import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isBoardTokenParam } from "@/lib/http/route-params";
import type { BoardDepartment, BoardJob, BoardOffice } from "./serialize-job";

// What the public Job Board API may read: published, open jobs and the names of departments and
// offices. Questions' knockout rules, stages and applications are never selected.

export type Board = { id: number; name: string };

/** The organization whose board token this is; an unknown token is a 404, as on Greenhouse. */
export async function findBoard(boardToken: string): Promise<Board> {
  const board = isBoardTokenParam(boardToken)
    ? await db.organization.findUnique({ where: { boardToken }, select: { id: true, name: true } })
    : null;
  if (!board) throw new AppError("NOT_FOUND", "No job board has this token.");
  return board;
}

function openJobWhere(organizationId: number, now = new Date()): Prisma.JobWhereInput {
  return {
    organizationId,
    status: "PUBLISHED",
    publishedAt: { not: null, lte: now },
    OR: [{ validThrough: null }, { validThrough: { gt: now } }],
  };
}

const officeSelect = {
  id: true,
  name: true,
  locality: true,
  region: true,
  countryCode: true,
} satisfies Prisma.OfficeSelect;

const jobSelect = {
  id: true,
  slug: true,
  title: true,
  updatedAt: true,
  publishedAt: true,
  remotePolicy: true,
  remoteCountryCodes: true,
  department: { select: { id: true, name: true } },
  offices: { select: { office: { select: officeSelect } }, orderBy: { office: { name: "asc" } } },
} satisfies Prisma.JobSelect;

const sectionsSelect = {
  select: { heading: true, bodyMarkdown: true },
  orderBy: { position: "asc" },
} satisfies Prisma.Job$sectionsArgs;

type JobRow = Prisma.JobGetPayload<{ select: typeof jobSelect }>;

function toBoardJob({ offices, ...job }: JobRow): BoardJob {
  return { ...job, offices: offices.map((link) => link.office) };
}

export async function listOpenJobs(organizationId: number, { withContent = false } = {}): Promise<BoardJob[]> {
  const orderBy: Prisma.JobOrderByWithRelationInput[] = [{ publishedAt: "desc" }, { title: "asc" }, { id: "asc" }];
  if (!withContent) {
    const rows = await db.job.findMany({ where: openJobWhere(organizationId), select: jobSelect, orderBy });
    return rows.map(toBoardJob);
  }
  const rows = await db.job.findMany({
    where: openJobWhere(organizationId),
    select: { ...jobSelect, sections: sectionsSelect },
    orderBy,
  });
  return rows.map(({ sections, ...row }) => ({ ...toBoardJob(row), sections }));
}

/** One open job of the board with its content and salary; null when unknown, draft or closed. */
export async function findOpenJob(organizationId: number, jobId: number): Promise<BoardJob | null> {
  const row = await db.job.findFirst({
    where: { ...openJobWhere(organizationId), id: jobId },
    select: {
      ...jobSelect,
      sections: sectionsSelect,
      salaryMin: true,
      salaryMax: true,
      salaryCurrency: true,
      salaryUnit: true,
    },
  });
  if (!row) return null;
  const { sections, salaryMin, salaryMax, salaryCurrency, salaryUnit, ...job } = row;
  return {
    ...toBoardJob(job),
    sections,
    salary: { min: salaryMin, max: salaryMax, currency: salaryCurrency, unit: salaryUnit },
  };
}

export async function listDepartments(organizationId: number): Promise<BoardDepartment[]> {
  return db.department.findMany({
    where: { organizationId },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
}

export async function listOffices(organizationId: number): Promise<BoardOffice[]> {
  return db.office.findMany({ where: { organizationId }, select: officeSelect, orderBy: { name: "asc" } });
}
