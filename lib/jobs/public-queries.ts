import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { EmploymentType, RemotePolicy } from "@/lib/generated/prisma/enums";
import type { JobSearch } from "@/lib/jobs/job-search-params";
import type { Salary } from "@/lib/jobs/labels";
import { escapeLike } from "@/lib/utils/like-pattern";
import { isJobSlugParam } from "@/lib/http/route-params";

// What the public careers site may read. Every query selects the fields it shows and nothing
// else, so internal data (questions' knockout rules, stages, applications) never reaches it.

/** Open = published, and not past its closing date. */
function openJobWhere(now: Date): Prisma.JobWhereInput {
  return {
    status: "PUBLISHED",
    publishedAt: { not: null, lte: now },
    OR: [{ validThrough: null }, { validThrough: { gt: now } }],
  };
}

const officeSelect = {
  name: true,
  streetAddress: true,
  locality: true,
  region: true,
  postalCode: true,
  countryCode: true,
} satisfies Prisma.OfficeSelect;

export type OfficeAddress = Prisma.OfficeGetPayload<{ select: typeof officeSelect }>;

/** A job's offices in the order its posting lists them. */
const officesSelect = {
  select: { office: { select: officeSelect } },
  orderBy: { office: { name: "asc" } },
} satisfies Prisma.Job$officesArgs;

const sectionsSelect = {
  select: { heading: true, bodyMarkdown: true },
  orderBy: { position: "asc" },
} satisfies Prisma.Job$sectionsArgs;

const salarySelect = {
  salaryMin: true,
  salaryMax: true,
  salaryCurrency: true,
  salaryUnit: true,
} satisfies Prisma.JobSelect;

/** The employer whose careers site this is (one per deployment; demo data only as a fallback). */
export const getCareersOrganization = cache(async () =>
  db.organization.findFirst({
    select: { name: true, websiteUrl: true, logoUrl: true },
    orderBy: [{ isDemo: "asc" }, { id: "asc" }],
  }),
);

export type OpenJobSummary = {
  slug: string;
  title: string;
  summary: string;
  department: string;
  remotePolicy: RemotePolicy;
  remoteCountryCodes: string[];
  offices: OfficeAddress[];
};

export async function listOpenJobs(search: JobSearch = {}): Promise<OpenJobSummary[]> {
  // Prisma's `contains` passes LIKE's wildcards through: "%" would match every job.
  const q = search.q ? escapeLike(search.q) : undefined;
  const filters: Prisma.JobWhereInput[] = [openJobWhere(new Date())];
  if (q) {
    filters.push({
      OR: [
        { title: { contains: q, mode: "insensitive" } },
        { summary: { contains: q, mode: "insensitive" } },
        { department: { name: { contains: q, mode: "insensitive" } } },
      ],
    });
  }
  if (search.department) filters.push({ department: { name: search.department } });
  if (search.location) filters.push({ offices: { some: { office: { name: search.location } } } });
  if (search.remote) filters.push({ remotePolicy: search.remote });

  const jobs = await db.job.findMany({
    where: { AND: filters },
    select: {
      slug: true,
      title: true,
      summary: true,
      remotePolicy: true,
      remoteCountryCodes: true,
      department: { select: { name: true } },
      offices: officesSelect,
    },
    orderBy: [{ publishedAt: "desc" }, { title: "asc" }, { id: "asc" }],
  });
  return jobs.map(({ department, offices, ...job }) => ({
    ...job,
    department: department.name,
    offices: offices.map((link) => link.office),
  }));
}

/** Departments and office locations that have at least one open job, for the filter menus. */
export async function getJobFilterOptions(): Promise<{ departments: string[]; locations: string[] }> {
  const open = openJobWhere(new Date());
  const [departments, offices] = await Promise.all([
    db.department.findMany({ where: { jobs: { some: open } }, select: { name: true }, orderBy: { name: "asc" } }),
    db.office.findMany({ where: { jobs: { some: { job: open } } }, select: { name: true }, orderBy: { name: "asc" } }),
  ]);
  return { departments: departments.map((d) => d.name), locations: offices.map((o) => o.name) };
}

/** Slugs and last change of open jobs, for the sitemap. */
export async function listOpenJobSlugs(): Promise<{ slug: string; updatedAt: Date }[]> {
  return db.job.findMany({
    where: openJobWhere(new Date()),
    select: { slug: true, updatedAt: true },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
  });
}

export type JobPosting = {
  id: number;
  slug: string;
  title: string;
  summary: string;
  /** False once the job is closed or past validThrough: the page then says so and drops JSON-LD. */
  isOpen: boolean;
  /** The language of the job's own text (Job.language), whatever the visitor's. */
  language: string;
  department: string;
  employmentType: EmploymentType;
  remotePolicy: RemotePolicy;
  remoteCountryCodes: string[];
  salary: Salary | null;
  datePosted: Date;
  validThrough: Date | null;
  closedAt: Date | null;
  updatedAt: Date;
  organization: { name: string; websiteUrl: string; logoUrl: string | null };
  offices: OfficeAddress[];
  sections: { heading: string | null; bodyMarkdown: string }[];
};

/**
 * A posting by slug, open or closed (closed postings stay reachable so old links explain that
 * the role is filled instead of failing). Drafts are never returned. Deduplicated per request so
 * generateMetadata and the page share one query.
 */
export const getJobPostingBySlug = cache(async (slug: string): Promise<JobPosting | null> => {
  if (!isJobSlugParam(slug)) return null;
  const job = await db.job.findFirst({
    where: { slug, status: { in: ["PUBLISHED", "CLOSED"] }, publishedAt: { not: null } },
    select: {
      id: true,
      slug: true,
      title: true,
      summary: true,
      status: true,
      language: true,
      employmentType: true,
      remotePolicy: true,
      remoteCountryCodes: true,
      ...salarySelect,
      validThrough: true,
      publishedAt: true,
      closedAt: true,
      updatedAt: true,
      department: { select: { name: true } },
      organization: { select: { name: true, websiteUrl: true, logoUrl: true } },
      offices: officesSelect,
      sections: sectionsSelect,
    },
  });
  if (!job?.publishedAt) return null;

  const now = new Date();
  return {
    id: job.id,
    slug: job.slug,
    title: job.title,
    summary: job.summary,
    isOpen: job.status === "PUBLISHED" && job.publishedAt <= now && (!job.validThrough || job.validThrough > now),
    language: job.language,
    department: job.department.name,
    employmentType: job.employmentType,
    remotePolicy: job.remotePolicy,
    remoteCountryCodes: job.remoteCountryCodes,
    salary: salaryOf(job),
    datePosted: job.publishedAt,
    validThrough: job.validThrough,
    closedAt: job.closedAt,
    updatedAt: job.updatedAt,
    organization: job.organization,
    offices: job.offices.map((link) => link.office),
    sections: job.sections,
  };
});

type SalaryColumns = Prisma.JobGetPayload<{ select: typeof salarySelect }>;

/** The pay range when the job states one (an amount, its currency and period); never guessed. */
function salaryOf({ salaryMin, salaryMax, salaryCurrency, salaryUnit }: SalaryColumns): Salary | null {
  if (!salaryCurrency || !salaryUnit || (salaryMin === null && salaryMax === null)) return null;
  return { min: salaryMin, max: salaryMax, currency: salaryCurrency, unit: salaryUnit };
}

export type FeedJob = {
  id: number;
  slug: string;
  title: string;
  summary: string;
  /** The language of the job's own text (Job.language). */
  language: string;
  datePosted: Date;
  department: string;
  company: string;
  employmentType: EmploymentType;
  remotePolicy: RemotePolicy;
  remoteCountryCodes: string[];
  salary: Salary | null;
  offices: OfficeAddress[];
  sections: { heading: string | null; bodyMarkdown: string }[];
};

/** Every open job with what a job aggregator's feed carries, newest first (lib/jobs/indeed-feed.ts). */
export async function listFeedJobs(): Promise<FeedJob[]> {
  const jobs = await db.job.findMany({
    where: openJobWhere(new Date()),
    select: {
      id: true,
      slug: true,
      title: true,
      summary: true,
      language: true,
      publishedAt: true,
      employmentType: true,
      remotePolicy: true,
      remoteCountryCodes: true,
      ...salarySelect,
      department: { select: { name: true } },
      organization: { select: { name: true } },
      offices: officesSelect,
      sections: sectionsSelect,
    },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
  });
  return jobs.map((job) => ({
    id: job.id,
    slug: job.slug,
    title: job.title,
    summary: job.summary,
    language: job.language,
    // openJobWhere admits only published jobs.
    datePosted: job.publishedAt!,
    department: job.department.name,
    company: job.organization.name,
    employmentType: job.employmentType,
    remotePolicy: job.remotePolicy,
    remoteCountryCodes: job.remoteCountryCodes,
    salary: salaryOf(job),
    offices: job.offices.map((link) => link.office),
    sections: job.sections,
  }));
}

/** Only a job that is open for applications right now (for the apply page and its action). */
export async function getPublishedJobBySlug(slug: string): Promise<JobPosting | null> {
  const job = await getJobPostingBySlug(slug);
  return job?.isOpen ? job : null;
}
