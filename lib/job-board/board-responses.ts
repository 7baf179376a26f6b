import "server-only";
import { unstable_cache } from "next/cache";
import { loadApplicationFormContext } from "@/lib/submissions/load-form-context";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { PUBLIC_JOBS_TAG } from "@/lib/jobs/public-jobs-tag";
import { buildApplicationFieldTable } from "./application-fields";
import { findBoard, findOpenJob, listDepartments, listOffices, listOpenJobs } from "./board-queries";
import { parseRenderAs, serializeDepartment, serializeOffice } from "./serialize-board";
import { serializeJobSummary, serializeJobWithContent, serializePayRanges } from "./serialize-job";
import { serializeQuestions } from "./serialize-questions";

// The bodies of the Job Board API's GET endpoints. Each throws NOT_FOUND for an unknown board
// or id; route handlers turn that into the response.

/** Greenhouse's boolean query parameters are `true`; "1" is accepted too. */
export function isTrue(value: string | null): boolean {
  return value === "true" || value === "1";
}

/** Ids are positive integers; anything else names nothing. */
export function parseId(value: string, what: string): number {
  const id = /^\d{1,9}$/.test(value) ? Number(value) : 0;
  if (id <= 0) throw new AppError("NOT_FOUND", `No ${what} has this id.`);
  return id;
}

export async function boardBody(boardToken: string) {
  const board = await findBoard(boardToken);
  // Trellis has no board introduction text yet.
  return { name: board.name, content: "" };
}

export async function jobsBody(boardToken: string, search: URLSearchParams) {
  return cachedJobsBody(boardToken, isTrue(search.get("content")), getEnv().APP_URL);
}

// The job list is the API's busiest answer and the same for every caller, so its body is kept in
// Next.js's data cache (on each instance, docs/decisions/0022), keyed by these arguments:
// revalidateJobPosting() drops it on every instance when a job is published, edited or closed,
// and 5 minutes is the most a job past its closing date stays listed. An unknown board throws,
// and a throw is never cached.
const cachedJobsBody = unstable_cache(
  async (boardToken: string, withContent: boolean, appUrl: string) => {
    const board = await findBoard(boardToken);
    const jobs = await listOpenJobs(board.id, { withContent });
    return {
      jobs: jobs.map((job) => (withContent ? serializeJobWithContent(job, appUrl) : serializeJobSummary(job, appUrl))),
      meta: { total: jobs.length },
    };
  },
  ["job-board-jobs-body"],
  { tags: [PUBLIC_JOBS_TAG], revalidate: 300 },
);

export async function jobBody(boardToken: string, jobIdParam: string, search: URLSearchParams) {
  const board = await findBoard(boardToken);
  const job = await findOpenJob(board.id, parseId(jobIdParam, "open job"));
  if (!job) throw new AppError("NOT_FOUND", "No open job has this id.");
  const body: Record<string, unknown> = serializeJobWithContent(job, getEnv().APP_URL);
  if (isTrue(search.get("questions"))) {
    Object.assign(
      body,
      serializeQuestions(buildApplicationFieldTable(await loadApplicationFormContext({ id: job.id }))),
    );
  }
  if (isTrue(search.get("pay_transparency"))) body.pay_input_ranges = serializePayRanges(job.salary);
  return body;
}

export async function departmentsBody(boardToken: string, search: URLSearchParams, departmentIdParam?: string) {
  const board = await findBoard(boardToken);
  const [departments, jobs] = await Promise.all([listDepartments(board.id), listOpenJobs(board.id)]);
  const renderAs = parseRenderAs(search.get("render_as"));
  const appUrl = getEnv().APP_URL;
  if (departmentIdParam === undefined) {
    return { departments: departments.map((department) => serializeDepartment(department, jobs, appUrl, renderAs)) };
  }
  const id = parseId(departmentIdParam, "department");
  const department = departments.find((each) => each.id === id);
  if (!department) throw new AppError("NOT_FOUND", "No department has this id.");
  return serializeDepartment(department, jobs, appUrl, renderAs);
}

export async function officesBody(boardToken: string, search: URLSearchParams, officeIdParam?: string) {
  const board = await findBoard(boardToken);
  const [offices, departments, jobs] = await Promise.all([
    listOffices(board.id),
    listDepartments(board.id),
    listOpenJobs(board.id),
  ]);
  const renderAs = parseRenderAs(search.get("render_as"));
  const appUrl = getEnv().APP_URL;
  if (officeIdParam === undefined) {
    return { offices: offices.map((office) => serializeOffice(office, departments, jobs, appUrl, renderAs)) };
  }
  const id = parseId(officeIdParam, "office");
  const office = offices.find((each) => each.id === id);
  if (!office) throw new AppError("NOT_FOUND", "No office has this id.");
  return serializeOffice(office, departments, jobs, appUrl, renderAs);
}
