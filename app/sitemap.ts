import type { MetadataRoute } from "next";
import { jobPostingPath } from "@/lib/jobs/job-paths";
import { listOpenJobSlugs } from "@/lib/jobs/public-queries";
import { absoluteUrl } from "@/lib/utils/absolute-url";

// Rendered per request: the build has no database, and APP_URL is a runtime setting.
export const dynamic = "force-dynamic";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const jobs = await listOpenJobSlugs();
  return [
    { url: absoluteUrl("/"), changeFrequency: "daily", priority: 1 },
    ...jobs.map((job) => ({
      url: absoluteUrl(jobPostingPath(job.slug)),
      lastModified: job.updatedAt,
      changeFrequency: "weekly" as const,
      priority: 0.8,
    })),
  ];
}
