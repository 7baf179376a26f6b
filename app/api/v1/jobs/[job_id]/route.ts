import { getJob } from "@/lib/api-v1/endpoints";
import { apiRoute } from "@/lib/api-v1/handle-api-request";
import { getJobForApi } from "@/lib/api-v1/read-jobs";

export const GET = apiRoute(getJob, async ({ actor, path }) => ({
  data: await getJobForApi({ actor, jobId: path.job_id }),
}));
