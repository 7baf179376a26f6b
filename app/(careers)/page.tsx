import type { Metadata } from "next";
import { CareersHeader } from "@/components/careers/careers-header";
import { CareersHome } from "@/components/careers/careers-home";
import { MainContent } from "@/components/ui/main-content";
import { parseJobSearch } from "@/lib/jobs/job-search-params";
import { getCareersOrganization, getJobFilterOptions, listOpenJobs } from "@/lib/jobs/public-queries";
import { absoluteUrl } from "@/lib/utils/absolute-url";

type CareersHomePageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const organization = await getCareersOrganization();
  const title = organization ? `Careers at ${organization.name}` : "Careers";
  const description = organization
    ? `Open positions at ${organization.name}: search by team, location and workplace, and apply online.`
    : "Open positions: search by team, location and workplace, and apply online.";
  // Every filtered view is the same page for search engines.
  const url = absoluteUrl("/");
  return {
    title,
    description,
    alternates: { canonical: url },
    openGraph: { type: "website", title, description, url, siteName: title },
  };
}

export default async function CareersHomePage({ searchParams }: CareersHomePageProps) {
  const search = parseJobSearch(await searchParams);
  const [organization, jobs, options] = await Promise.all([
    getCareersOrganization(),
    listOpenJobs(search),
    getJobFilterOptions(),
  ]);
  return (
    <>
      <CareersHeader organizationName={organization?.name ?? null} />
      <MainContent>
        <CareersHome organizationName={organization?.name ?? null} search={search} options={options} jobs={jobs} />
      </MainContent>
    </>
  );
}
