import "server-only";
import { revalidatePath, revalidateTag } from "next/cache";
import { LOCALES } from "@/i18n/locales";
import { CACHED_CAREERS_HOME_PATH } from "@/lib/jobs/careers-home-route";
import { jobApplyPath, jobPostingPath } from "@/lib/jobs/job-paths";
import { PUBLIC_JOBS_TAG } from "@/lib/jobs/public-jobs-tag";

/**
 * Drops the cached pages and data that show a job, so an edit, publish or close is visible on the
 * next request instead of after the 5-minute revalidation, on every instance (the cache handler
 * tells the others, docs/decisions/0015). Call it after the write commits.
 */
export function revalidateJobPosting(slug: string): void {
  // Each language's rendering: the app routes under app/(careers)/[locale] (docs/decisions/0041).
  for (const locale of LOCALES) {
    revalidatePath(`/${locale}${jobPostingPath(slug)}`);
    revalidatePath(`/${locale}${jobApplyPath(slug)}`);
    // The careers home as served for `/` and `/de` (proxy.ts rewrites them there).
    revalidatePath(`/${locale}${CACHED_CAREERS_HOME_PATH}`);
  }
  revalidatePath("/sitemap.xml");
  // No stale copy at all (expire 0): the staff member who just closed a job reloads to check.
  revalidateTag(PUBLIC_JOBS_TAG, { expire: 0 });
}
