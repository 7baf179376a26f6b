import { getCandidate } from "@/lib/api-v1/endpoints";
import { apiRoute } from "@/lib/api-v1/handle-api-request";
import { getCandidateForApi } from "@/lib/api-v1/read-candidates";

export const GET = apiRoute(getCandidate, async ({ actor, path }) => ({
  data: await getCandidateForApi({ actor, candidateId: path.candidate_id }),
}));
