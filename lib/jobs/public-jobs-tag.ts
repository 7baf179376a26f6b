/**
 * The cache tag on data derived from the list of open jobs (the Job Board API's job list, the job
 * aggregators' feed). Every job change that the careers site shows revalidates it:
 * lib/jobs/revalidate-job-posting.ts.
 */
export const PUBLIC_JOBS_TAG = "public-jobs";
