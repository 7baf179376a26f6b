"use server";
import { boundJobId } from "@/lib/actions/bound-ids";
import { staffAction } from "@/lib/actions/staff-action";
import { publishJob } from "@/lib/jobs/publish-job";
import { revalidateJobPosting } from "@/lib/jobs/revalidate-job-posting";
import { staffJobEditPath, STAFF_JOBS_PATH } from "@/lib/paths/jobs";
import { publishingOverrideSchema } from "@/lib/publishing/schema";

const publishWithOverride = staffAction({
  name: "publishJobWithOverride",
  permission: "job.publishOverride",
  schema: publishingOverrideSchema,
  invalid: "Say why the job is published without these items.",
  bound: boundJobId,
  run: async ({ actor, input, id }) => {
    const job = await publishJob({ actor, jobId: id, override: input });
    revalidateJobPosting(job.slug);
    return {
      message: "Published. The reason is recorded and shown on the job.",
      revalidate: [STAFF_JOBS_PATH, staffJobEditPath(id)],
    };
  },
});

export async function publishJobWithOverrideAction(jobId: number, values: unknown) {
  return publishWithOverride(values, jobId);
}
