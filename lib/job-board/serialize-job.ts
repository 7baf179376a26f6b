// Trellis jobs in the shape of Greenhouse's Job Board API (GET /jobs, GET /jobs/{id}).
import type { RemotePolicy, SalaryUnit } from "@/lib/generated/prisma/enums";
import { countryName, formatSalary, officeLabel } from "@/lib/jobs/labels";
import { postingDescriptionHtml, renderPostingSections } from "@/lib/jobs/posting-sections";
import { escapeHtml } from "@/lib/utils/escape-html";

export type BoardOffice = { id: number; name: string; locality: string; region: string | null; countryCode: string };
export type BoardDepartment = { id: number; name: string };

export type BoardJob = {
  id: number;
  slug: string;
  title: string;
  updatedAt: Date;
  publishedAt: Date | null;
  remotePolicy: RemotePolicy;
  remoteCountryCodes: string[];
  department: BoardDepartment;
  offices: BoardOffice[];
  /** Present when the posting's content was loaded. */
  sections?: { heading: string | null; bodyMarkdown: string }[];
  salary?: { min: number | null; max: number | null; currency: string | null; unit: SalaryUnit | null };
};

export function serializeJobSummary(job: BoardJob, appUrl: string) {
  return {
    id: job.id,
    // Trellis has no separate job posts: the post and the job share the id.
    internal_job_id: job.id,
    title: job.title,
    updated_at: job.updatedAt.toISOString(),
    requisition_id: null,
    location: { name: jobLocationName(job) },
    absolute_url: new URL(`/jobs/${encodeURIComponent(job.slug)}`, appUrl).toString(),
    metadata: null,
    first_published: job.publishedAt?.toISOString() ?? null,
  };
}

/** A job with its content, departments and offices (GET /jobs?content=true, GET /jobs/{id}). */
export function serializeJobWithContent(job: BoardJob, appUrl: string) {
  return {
    ...serializeJobSummary(job, appUrl),
    // Greenhouse sends posting HTML entity-encoded ("&lt;p&gt;…"); clients decode it once.
    content: escapeHtml(postingDescriptionHtml(renderPostingSections(job.sections ?? []))),
    departments: [serializeDepartmentRef(job.department)],
    offices: job.offices.map(serializeOfficeRef),
  };
}

export function serializeDepartmentRef(department: BoardDepartment) {
  return { id: department.id, name: department.name, parent_id: null, child_ids: [] as number[] };
}

export function serializeOfficeRef(office: BoardOffice) {
  return {
    id: office.id,
    name: office.name,
    location: officeLabel(office),
    parent_id: null,
    child_ids: [] as number[],
  };
}

/** Greenhouse's `pay_input_ranges` (GET /jobs/{id}?pay_transparency=true). */
export function serializePayRanges(salary: BoardJob["salary"]) {
  if (!salary?.currency || !salary.unit || (salary.min === null && salary.max === null)) return [];
  const { min, max, currency, unit } = salary;
  return [
    {
      min_cents: min === null ? null : min * 100,
      max_cents: max === null ? null : max * 100,
      currency_type: currency,
      title: "Salary",
      blurb: formatSalary({ min, max, currency, unit }),
    },
  ];
}

/** Greenhouse's `location.name`: one line naming the offices and how remote the job is. */
export function jobLocationName(job: Pick<BoardJob, "remotePolicy" | "remoteCountryCodes" | "offices">): string {
  const offices = job.offices.map(officeLabel).join("; ");
  if (job.remotePolicy === "REMOTE") {
    const countries = job.remoteCountryCodes.map(countryName).join(", ");
    const remote = countries ? `Remote (${countries})` : "Remote";
    return offices ? `${remote} or ${offices}` : remote;
  }
  if (job.remotePolicy === "HYBRID") return offices ? `${offices} (hybrid)` : "Hybrid";
  return offices;
}
