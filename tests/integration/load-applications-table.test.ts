import { beforeAll, describe, expect, it } from "vitest";
import { loadApplicationsTable } from "@/lib/applications-table/load-applications-table";
import { parseApplicationsView } from "@/lib/applications-table/view-schema";
import { AppError } from "@/lib/errors";
import { actorFor, createApplication, createJob, createStaffUser, type CreatedJob, type StaffUser } from "../factories";
import { testDb } from "../support/db";

let job: CreatedJob;
let otherJob: CreatedJob;
let recruiter: StaffUser;
let manager: StaffUser;
let interviewer: StaffUser;

beforeAll(async () => {
  job = await createJob(testDb);
  otherJob = await createJob(testDb);
  [recruiter, manager, interviewer] = await Promise.all([
    createStaffUser(testDb, { role: "RECRUITER" }),
    createStaffUser(testDb, { role: "HIRING_MANAGER" }),
    createStaffUser(testDb, { role: "INTERVIEWER" }),
  ]);
  await testDb.hiringTeamMember.create({ data: { jobId: job.id, userId: manager.id, role: "HIRING_MANAGER" } });
  await createApplication(testDb, { jobId: job.id, stageName: "Offer" });
  await createApplication(testDb, { jobId: job.id });
});

const stageId = (of: CreatedJob, name: string) => of.stages.find((stage) => stage.name === name)!.id;
const load = (user: StaffUser, params: Record<string, string | string[]>, listJobs = false) =>
  loadApplicationsTable({ actor: actorFor(user), view: parseApplicationsView(params), listJobs });

describe("loadApplicationsTable", () => {
  it("gives one job's view its stages, questions and the pipeline's bulk actions", async () => {
    const data = await load(recruiter, { jobId: String(job.id) });
    expect(data.options.job).toMatchObject({ id: job.id, title: job.title });
    expect(data.options.stages.map((stage) => stage.name)).toEqual(job.stages.map((stage) => stage.name));
    expect(data.bulk).toMatchObject({
      job: { id: job.id },
      permissions: { canMove: true, canReject: true, canTag: true },
    });
    expect(data.bulk?.stages).toHaveLength(job.stages.length);
    expect(data.page.total).toBe(2);
  });

  it("keeps only this job's stage ids, and turns stage names into them", async () => {
    const data = await load(recruiter, {
      jobId: String(job.id),
      stage: String(stageId(otherJob, "Offer")),
      stageName: "Offer",
    });
    expect(data.view).toMatchObject({ stage: [stageId(job, "Offer")], stageName: [] });
    expect(data.page.total).toBe(1);
  });

  it("reads the page as applied when the view names only another job's stage", async () => {
    // The page is read beside the options (for speed); this one must be read again without the stage.
    const data = await load(recruiter, {
      jobId: String(job.id),
      stage: String(stageId(otherJob, "Offer")),
      sort: "stage",
    });
    expect(data.view.stage).toEqual([]);
    expect(data.page.total).toBe(2);
    expect(data.page.rows.map((row) => row.stage.name)).toEqual(["Offer", job.stages[0]!.name]);
  });

  it("lists only the viewer's jobs, and refuses a job they cannot see", async () => {
    const across = await load(manager, {}, true);
    expect(across.options.jobs.map((listed) => listed.id)).toEqual([job.id]);
    expect(across.bulk).toBeNull();
    const error = await load(manager, { jobId: String(otherJob.id) }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("NOT_FOUND");
  });

  it("shows an interviewer an empty table with no actions", async () => {
    const data = await load(interviewer, {}, true);
    expect(data.page.total).toBe(0);
    expect(data.options.jobs).toEqual([]);
    expect(data.bulk).toBeNull();
  });
});
