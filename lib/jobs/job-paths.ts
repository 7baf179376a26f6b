// The public URLs of a job, in one place for links, canonical URLs, the sitemap and revalidation.

export const jobPostingPath = (slug: string) => `/jobs/${encodeURIComponent(slug)}`;
export const jobApplyPath = (slug: string) => `${jobPostingPath(slug)}/apply`;
/** The open jobs as an XML feed for job aggregators (lib/jobs/indeed-feed.ts). */
export const INDEED_FEED_PATH = "/feeds/indeed.xml";
