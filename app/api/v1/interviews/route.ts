import { listInterviews } from "@/lib/api-v1/endpoints";
import { apiRoute } from "@/lib/api-v1/handle-api-request";
import { listInterviewsForApi } from "@/lib/api-v1/read-interviews";

export const GET = apiRoute(listInterviews, async ({ actor, query }) => ({
  data: { data: await listInterviewsForApi({ actor, applicationId: query.application_id }) },
}));
