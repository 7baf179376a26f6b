"use server";
import { boundJobId } from "@/lib/actions/bound-ids";
import { noInput, staffAction } from "@/lib/actions/staff-action";
import { closeJob } from "@/lib/jobs/close-job";
import { createJob } from "@/lib/jobs/create-job";
import { getJobForEditing, type JobForEditing } from "@/lib/jobs/get-job-for-editing";
import { jobFormSchema } from "@/lib/jobs/job-form-schema";
import { publishJob } from "@/lib/jobs/publish-job";
import { revalidateJobPosting } from "@/lib/jobs/revalidate-job-posting";
import { updateJob } from "@/lib/jobs/update-job";
import { staffJobEditPath, STAFF_JOBS_PATH } from "@/lib/paths/jobs";

export type SavedJob = { jobId: number; slug: string; editing?: Pick<JobForEditing, "values" | "locks"> };

const INVALID = "Some of the job's details need fixing.";

const create = staffAction({
  name: "createJob",
  permission: "job.manage",
  schema: jobFormSchema,
  invalid: INVALID,
  run: async ({ actor, input }) => {
    const job = await createJob({ actor, input });
    return {
      message: "Draft saved. Publish it when it is ready.",
      data: { jobId: job.id, slug: job.slug } as SavedJob,
      revalidate: [STAFF_JOBS_PATH],
    };
  },
});

const update = staffAction({
  name: "updateJob",
  permission: "job.manage",
  schema: jobFormSchema,
  invalid: INVALID,
  bound: boundJobId,
  run: async ({ actor, input, id }) => {
    const job = await updateJob({ actor, jobId: id, input });
    revalidateJobPosting(job.slug);
    if (job.previousSlug !== job.slug) revalidateJobPosting(job.previousSlug);
    // The saved state, with ids for rows that were new, so the form's next save updates them.
    const { values, locks } = await getJobForEditing({ actor, jobId: id });
    return {
      message: job.status === "PUBLISHED" ? "Saved. The careers site shows the changes now." : "Saved.",
      data: { jobId: job.id, slug: job.slug, editing: { values, locks } } as SavedJob,
      revalidate: [STAFF_JOBS_PATH, staffJobEditPath(id)],
    };
  },
});

const publish = staffAction({
  name: "publishJob",
  permission: "job.manage",
  schema: noInput,
  bound: boundJobId,
  run: async ({ actor, id }) => {
    const job = await publishJob({ actor, jobId: id });
    revalidateJobPosting(job.slug);
    return {
      message: "Published: the job is on the careers site.",
      data: { jobId: id, slug: job.slug } as SavedJob,
      revalidate: [STAFF_JOBS_PATH, staffJobEditPath(id)],
    };
  },
});

const close = staffAction({
  name: "closeJob",
  permission: "job.manage",
  schema: noInput,
  bound: boundJobId,
  run: async ({ actor, id }) => {
    const job = await closeJob({ actor, jobId: id });
    revalidateJobPosting(job.slug);
    return {
      message: "Closed: the posting now says the role is no longer open.",
      data: { jobId: id, slug: job.slug } as SavedJob,
      revalidate: [STAFF_JOBS_PATH, staffJobEditPath(id)],
    };
  },
});

export async function createJobAction(values: unknown) {
  return create(values);
}

export async function updateJobAction(jobId: number, values: unknown) {
  return update(values, jobId);
}

export async function publishJobAction(jobId: number) {
  return publish(undefined, jobId);
}

export async function closeJobAction(jobId: number) {
  return close(undefined, jobId);
}
