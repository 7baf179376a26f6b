// Every staff API operation, in the order the reference lists them.
import type { ApiEndpoint } from "./endpoint";
import {
  applicationPathSchema,
  candidatePathSchema,
  jobPathSchema,
  listApplicationsQuerySchema,
  listInterviewsQuerySchema,
} from "./params";
import {
  applicationListSchema,
  applicationSchema,
  candidateSchema,
  interviewListSchema,
  jobListSchema,
  jobSchema,
  moveApplicationBodySchema,
  rejectApplicationBodySchema,
  rejectionReasonListSchema,
  scorecardListSchema,
  stageListSchema,
} from "./schemas";

const endpoint = <E extends ApiEndpoint>(definition: E) => definition;

export const listJobs = endpoint({
  method: "get",
  path: "/jobs",
  operationId: "listJobs",
  summary: "List jobs",
  action: "job.read",
  response: jobListSchema,
});

export const getJob = endpoint({
  method: "get",
  path: "/jobs/{job_id}",
  operationId: "getJob",
  summary: "Get a job",
  action: "job.read",
  pathParams: jobPathSchema,
  response: jobSchema,
});

export const listJobStages = endpoint({
  method: "get",
  path: "/jobs/{job_id}/stages",
  operationId: "listJobStages",
  summary: "List a job's pipeline stages",
  action: "pipeline.read",
  pathParams: jobPathSchema,
  response: stageListSchema,
});

export const listApplications = endpoint({
  method: "get",
  path: "/applications",
  operationId: "listApplications",
  summary: "List applications",
  description:
    "Ordered by `updated_at`, then `id`. To sync, keep the `updated_at` of the last application you read and pass it as `updated_since` next time (applications changed at that same instant come again: ignore those you have).",
  action: "application.read",
  query: listApplicationsQuerySchema,
  response: applicationListSchema,
});

export const getApplication = endpoint({
  method: "get",
  path: "/applications/{application_id}",
  operationId: "getApplication",
  summary: "Get an application",
  action: "application.read",
  pathParams: applicationPathSchema,
  response: applicationSchema,
});

export const moveApplication = endpoint({
  method: "post",
  path: "/applications/{application_id}/move",
  operationId: "moveApplication",
  summary: "Move an application to another stage of its job",
  action: "application.move",
  pathParams: applicationPathSchema,
  body: moveApplicationBodySchema,
  response: applicationSchema,
});

export const rejectApplication = endpoint({
  method: "post",
  path: "/applications/{application_id}/reject",
  operationId: "rejectApplication",
  summary: "Reject an application, or record that the candidate withdrew",
  description:
    "Optionally writes to the candidate, as the staff screen's reject dialog does; the email is on their timeline.",
  action: "application.reject",
  pathParams: applicationPathSchema,
  body: rejectApplicationBodySchema,
  response: applicationSchema,
});

export const listRejectionReasons = endpoint({
  method: "get",
  path: "/rejection_reasons",
  operationId: "listRejectionReasons",
  summary: "List the reasons a rejection or withdrawal may give",
  action: "application.reject",
  response: rejectionReasonListSchema,
});

export const listApplicationScorecards = endpoint({
  method: "get",
  path: "/applications/{application_id}/scorecards",
  operationId: "listApplicationScorecards",
  summary: "List an application's submitted scorecards",
  action: "scorecard.readAll",
  pathParams: applicationPathSchema,
  response: scorecardListSchema,
});

export const getCandidate = endpoint({
  method: "get",
  path: "/candidates/{candidate_id}",
  operationId: "getCandidate",
  summary: "Get a candidate's contact record",
  action: "candidate.read",
  pathParams: candidatePathSchema,
  response: candidateSchema,
});

export const listInterviews = endpoint({
  method: "get",
  path: "/interviews",
  operationId: "listInterviews",
  summary: "List an application's interviews",
  action: "application.read",
  query: listInterviewsQuerySchema,
  response: interviewListSchema,
});

export const API_ENDPOINTS: ApiEndpoint[] = [
  listJobs,
  getJob,
  listJobStages,
  listApplications,
  getApplication,
  moveApplication,
  rejectApplication,
  listRejectionReasons,
  listApplicationScorecards,
  getCandidate,
  listInterviews,
];
