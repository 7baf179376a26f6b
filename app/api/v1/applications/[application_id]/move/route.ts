import { moveApplicationForApi } from "@/lib/api-v1/change-application";
import { moveApplication } from "@/lib/api-v1/endpoints";
import { apiRoute } from "@/lib/api-v1/handle-api-request";
import { findVisibleApplication } from "@/lib/api-v1/read-applications";

export const POST = apiRoute(moveApplication, async ({ actor, path, body }) => {
  await moveApplicationForApi({ actor, applicationId: path.application_id, body });
  return { data: await findVisibleApplication(actor, path.application_id) };
});
