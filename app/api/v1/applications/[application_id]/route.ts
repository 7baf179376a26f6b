import { getApplication } from "@/lib/api-v1/endpoints";
import { apiRoute } from "@/lib/api-v1/handle-api-request";
import { getApplicationForApi } from "@/lib/api-v1/read-applications";

export const GET = apiRoute(getApplication, async ({ actor, path }) => ({
  data: await getApplicationForApi({ actor, applicationId: path.application_id }),
}));
