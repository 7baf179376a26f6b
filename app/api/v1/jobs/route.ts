import { listJobs } from "@/lib/api-v1/endpoints";
import { apiRoute } from "@/lib/api-v1/handle-api-request";
import { listJobsForApi } from "@/lib/api-v1/read-jobs";

export const GET = apiRoute(listJobs, async ({ actor }) => ({ data: { data: await listJobsForApi({ actor }) } }));
