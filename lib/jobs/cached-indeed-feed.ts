import "server-only";
import { unstable_cache } from "next/cache";
import { getEnv } from "@/lib/env";
import { buildIndeedFeed } from "@/lib/jobs/indeed-feed";
import { PUBLIC_JOBS_TAG } from "@/lib/jobs/public-jobs-tag";
import { getCareersOrganization, listFeedJobs } from "@/lib/jobs/public-queries";

/** The job feed's XML, the same for every caller. */
export async function getIndeedFeedXml(): Promise<string> {
  return cachedIndeedFeed(getEnv().APP_URL);
}

// Kept in Next.js's data cache like the Job Board API's job list (docs/decisions/0022): aggregators
// poll it, and revalidateJobPosting() drops it on every instance when a job is published, edited
// or closed; 5 minutes is the most a job past its closing date stays listed.
const cachedIndeedFeed = unstable_cache(
  async (appUrl: string) => {
    const [publisher, jobs] = await Promise.all([getCareersOrganization(), listFeedJobs()]);
    return buildIndeedFeed({ publisher, jobs, appUrl, builtAt: new Date() });
  },
  ["indeed-feed-xml"],
  { tags: [PUBLIC_JOBS_TAG], revalidate: 300 },
);
