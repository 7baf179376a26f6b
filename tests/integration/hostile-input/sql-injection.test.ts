// SQL-injection strings in every search and filter of the applications table and in the careers
// search: no error, no row the filter should not let through, and the tables intact afterwards.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { searchTerms } from "@/lib/applications-table/applications-where";
import { loadApplicationsTable } from "@/lib/applications-table/load-applications-table";
import { parseApplicationsView } from "@/lib/applications-table/view-schema";
import { parseJobSearch } from "@/lib/jobs/job-search-params";
import { listOpenJobs } from "@/lib/jobs/public-queries";
import {
  actorFor,
  createApplication,
  createJob,
  createStaffUser,
  ensureLegalForms,
  SAMPLE_QUESTIONS,
  type CreatedJob,
} from "../../factories";
import { testDb } from "../../support/db";
import { SQL_PAYLOADS } from "./hostile-values";

const FILTER_KEYS = [
  "q",
  "answer",
  "stage",
  "stageName",
  "status",
  "source",
  "tag",
  "question",
  "jobId",
  "appliedFrom",
  "appliedTo",
  "sort",
  "dir",
  "page",
  "pageSize",
] as const;

let admin: Actor;
let job: CreatedJob;
let jobIds: string[];

beforeAll(async () => {
  await ensureLegalForms(testDb);
  admin = actorFor(await createStaffUser(testDb, { role: "ADMIN" }));
  job = await createJob(testDb, { questions: [...SAMPLE_QUESTIONS] });
  for (let index = 0; index < 3; index += 1) await createApplication(testDb, { jobId: job.id, answers: true });
  jobIds = (await testDb.application.findMany({ where: { jobId: job.id }, select: { id: true } }))
    .map((row) => row.id)
    .sort();
});

const tableCounts = async () => ({
  applications: await testDb.application.count(),
  candidates: await testDb.candidate.count(),
  users: await testDb.user.count(),
  jobs: await testDb.job.count(),
});

async function rowsFor(params: Record<string, string | string[]>): Promise<string[]> {
  const view = parseApplicationsView(params);
  const { page } = await loadApplicationsTable({ actor: admin, view, listJobs: !view.jobId });
  return page.rows.map((row) => row.id).sort();
}

describe("the applications table under SQL-injection strings", () => {
  it("answers every filter without an error and never with a row the job's view does not have", async () => {
    const before = await tableCounts();
    const question = job.questions.find((each) => each.type === "SHORT_TEXT")!;
    for (const payload of SQL_PAYLOADS) {
      for (const key of FILTER_KEYS) {
        const params: Record<string, string | string[]> = {
          jobId: String(job.id),
          question: String(question.id),
          [key]: key === "stageName" || key === "status" || key === "tag" ? [payload, payload] : payload,
        };
        const rows = await rowsFor(params);
        // A jobId that is not an id is dropped: the view across jobs, exactly as without one.
        if (key === "jobId")
          expect(rows, `${key}=${payload}`).toEqual(await rowsFor({ question: String(question.id) }));
        else for (const row of rows) expect(jobIds, `${key}=${payload}`).toContain(row);
        // Text searches match only what contains the text: none of these strings is in any application.
        if (key === "q" || key === "answer") expect(rows, `${key}=${payload}`).toEqual([]);
      }
    }
    // Across jobs too (no jobId): only applications that contain every search word (other tests
    // may store applications whose names are such strings), never everything.
    const everything = await testDb.application.count();
    for (const payload of SQL_PAYLOADS) {
      const rows = await rowsFor({ q: payload, pageSize: "100" });
      const terms = searchTerms(payload);
      const found = await testDb.application.findMany({ where: { id: { in: rows } }, select: { searchText: true } });
      for (const { searchText } of found) for (const term of terms) expect(searchText, payload).toContain(term);
      if (terms.length > 0) expect(rows.length, payload).toBeLessThan(everything);
    }
    expect(await tableCounts()).toEqual(before);
    // The table still works and still finds the job's applications.
    expect(await rowsFor({ jobId: String(job.id) })).toEqual(jobIds);
  });
});

describe("the careers search under SQL-injection strings", () => {
  it("answers every search and filter without an error and finds nothing that does not contain the text", async () => {
    const before = await tableCounts();
    expect((await listOpenJobs(parseJobSearch({ q: job.title }))).map((found) => found.slug)).toContain(job.slug);
    for (const payload of SQL_PAYLOADS) {
      for (const key of ["q", "department", "location", "remote"]) {
        const found = await listOpenJobs(parseJobSearch({ [key]: payload }));
        if (key !== "remote") expect(found, `${key}=${payload}`).toEqual([]);
      }
    }
    expect(await tableCounts()).toEqual(before);
  });
});
