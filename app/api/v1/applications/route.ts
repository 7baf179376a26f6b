import { listApplications } from "@/lib/api-v1/endpoints";
import { apiRoute } from "@/lib/api-v1/handle-api-request";
import { listApplicationsForApi } from "@/lib/api-v1/read-applications";

export const GET = apiRoute(listApplications, async ({ actor, query }) => ({
  data: await listApplicationsForApi({ actor, query }),
}));
