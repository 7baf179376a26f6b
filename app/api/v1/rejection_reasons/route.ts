import { listRejectionReasons } from "@/lib/api-v1/endpoints";
import { apiRoute } from "@/lib/api-v1/handle-api-request";
import { listRejectionOptions } from "@/lib/pipeline/list-rejection-options";

export const GET = apiRoute(listRejectionReasons, async ({ actor }) => {
  const { reasons } = await listRejectionOptions({ actor });
  return { data: { data: reasons } };
});
