import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CareersHeader } from "@/components/careers/careers-header";
import { JobPostingView } from "@/components/careers/job-posting-view";
import { JsonLdScript } from "@/components/careers/json-ld-script";
import { MainContent } from "@/components/ui/main-content";
import { buildJobPostingJsonLd } from "@/lib/jobs/job-posting-json-ld";
import { jobPostingPath } from "@/lib/jobs/job-paths";
import { postingDescriptionHtml, renderPostingSections } from "@/lib/jobs/posting-sections";
import { getJobPostingBySlug } from "@/lib/jobs/public-queries";
import { absoluteUrl } from "@/lib/utils/absolute-url";

// Incremental static regeneration: nothing is rendered at build time (so the build needs no
// database); each posting is rendered on its first request, then served as static HTML and
// refreshed every 5 minutes, or at once on every app instance by revalidateJobPosting() when
// staff edit the job (lib/cache/revalidation-sync-cache-handler.js). Next.js sends this as
// `s-maxage=300, stale-while-revalidate=…`: a CDN in front shows an edit within 5 minutes.
export const revalidate = 300;
export const dynamicParams = true;
export async function generateStaticParams(): Promise<{ slug: string }[]> {
  return [];
}

type JobPostingPageProps = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: JobPostingPageProps): Promise<Metadata> {
  const job = await getJobPostingBySlug((await params).slug);
  if (!job) return { title: "Job not found", robots: { index: false } };
  const title = `${job.title} · ${job.organization.name}`;
  const url = absoluteUrl(jobPostingPath(job.slug));
  return {
    title,
    description: job.summary,
    alternates: { canonical: url },
    openGraph: { type: "website", title, description: job.summary, url, siteName: `${job.organization.name} Careers` },
    twitter: { card: "summary", title, description: job.summary },
    // A closed posting stays reachable for people holding the link, but leaves search results.
    robots: job.isOpen ? undefined : { index: false, follow: true },
  };
}

export default async function JobPostingPage({ params }: JobPostingPageProps) {
  const job = await getJobPostingBySlug((await params).slug);
  if (!job) notFound();
  const sections = renderPostingSections(job.sections);
  const url = absoluteUrl(jobPostingPath(job.slug));
  return (
    <>
      <CareersHeader organizationName={job.organization.name} />
      <MainContent>
        <JobPostingView job={job} sections={sections} />
      </MainContent>
      {job.isOpen && (
        <JsonLdScript data={buildJobPostingJsonLd({ job, descriptionHtml: postingDescriptionHtml(sections), url })} />
      )}
    </>
  );
}
