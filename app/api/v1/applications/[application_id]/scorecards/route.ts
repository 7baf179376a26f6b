import { listApplicationScorecards } from "@/lib/api-v1/endpoints";
import { apiRoute } from "@/lib/api-v1/handle-api-request";
import { listScorecardsForApi } from "@/lib/api-v1/read-scorecards";

export const GET = apiRoute(listApplicationScorecards, async ({ actor, path }) => ({
  data: { data: await listScorecardsForApi({ actor, applicationId: path.application_id }) },
}));
