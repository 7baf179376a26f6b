import { listJobStages } from "@/lib/api-v1/endpoints";
import { apiRoute } from "@/lib/api-v1/handle-api-request";
import { listJobStagesForApi } from "@/lib/api-v1/read-jobs";

export const GET = apiRoute(listJobStages, async ({ actor, path }) => ({
  data: { data: await listJobStagesForApi({ actor, jobId: path.job_id }) },
}));
