import { rejectApplicationForApi } from "@/lib/api-v1/change-application";
import { rejectApplication } from "@/lib/api-v1/endpoints";
import { apiRoute } from "@/lib/api-v1/handle-api-request";
import { findVisibleApplication } from "@/lib/api-v1/read-applications";

export const POST = apiRoute(rejectApplication, async ({ actor, path, body }) => {
  const { emailId } = await rejectApplicationForApi({ actor, applicationId: path.application_id, body });
  return { data: await findVisibleApplication(actor, path.application_id), emailIds: [emailId] };
});
