import "server-only";
import { revalidatePath } from "next/cache";
import { jobApplyPath, jobPostingPath } from "@/lib/jobs/job-paths";

/**
 * Drops the cached static pages that show a job, so an edit, publish or close is visible on the
 * next request instead of after the hourly revalidation. Call it after the write commits.
 */
export function revalidateJobPosting(slug: string): void {
  revalidatePath(jobPostingPath(slug));
  revalidatePath(jobApplyPath(slug));
  revalidatePath("/");
  revalidatePath("/sitemap.xml");
}
