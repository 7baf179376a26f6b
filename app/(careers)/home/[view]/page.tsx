import { notFound } from "next/navigation";
import { CareersHeader } from "@/components/careers/careers-header";
import { CareersHome } from "@/components/careers/careers-home";
import { MainContent } from "@/components/ui/main-content";
import { careersHomeMetadata } from "@/lib/jobs/careers-home-metadata";
import { CACHED_CAREERS_HOME_SEGMENT } from "@/lib/jobs/careers-home-route";
import { getCareersOrganization, getJobFilterOptions, listOpenJobs } from "@/lib/jobs/public-queries";

// The careers home as most visitors see it (`/`, no search): proxy.ts rewrites `/` here
// (docs/decisions/0022). Incremental static regeneration like the postings: rendered on its
// first request, then served as static HTML, refreshed every 5 minutes (a job passing its closing
// date) or at once on every instance by revalidateJobPosting() when staff publish, edit or close
// a job. Next.js sends `s-maxage=300, stale-while-revalidate=…`, so a CDN may keep it too.
export const revalidate = 300;
export const dynamicParams = true;
export async function generateStaticParams(): Promise<{ view: string }[]> {
  return [];
}

type CachedCareersHomePageProps = { params: Promise<{ view: string }> };

export const generateMetadata = careersHomeMetadata;

export default async function CachedCareersHomePage({ params }: CachedCareersHomePageProps) {
  if ((await params).view !== CACHED_CAREERS_HOME_SEGMENT) notFound();
  const [organization, jobs, options] = await Promise.all([
    getCareersOrganization(),
    listOpenJobs(),
    getJobFilterOptions(),
  ]);
  return (
    <>
      <CareersHeader organizationName={organization?.name ?? null} />
      <MainContent>
        <CareersHome organizationName={organization?.name ?? null} search={{}} options={options} jobs={jobs} />
      </MainContent>
    </>
  );
}
