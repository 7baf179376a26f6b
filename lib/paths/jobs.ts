// The staff pages of a job, in one place for links and revalidation.
import { segment } from "./segment";

export const STAFF_JOBS_PATH = "/hiring/jobs";
export const NEW_JOB_PATH = `${STAFF_JOBS_PATH}/new`;
export const staffJobEditPath = (jobId: number) => `${STAFF_JOBS_PATH}/${segment(jobId)}/edit`;
export const staffJobBoardPath = (jobId: number) => `${STAFF_JOBS_PATH}/${segment(jobId)}/board`;
export const staffJobApplicationsPath = (jobId: number) => `${STAFF_JOBS_PATH}/${segment(jobId)}/applications`;
export const staffJobInterviewPlanPath = (jobId: number) => `${STAFF_JOBS_PATH}/${segment(jobId)}/interview-plan`;
