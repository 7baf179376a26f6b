import { CareersHeader } from "@/components/careers/careers-header";
import { CareersHome } from "@/components/careers/careers-home";
import { MainContent } from "@/components/ui/main-content";
import { careersHomeMetadata } from "@/lib/jobs/careers-home-metadata";
import { parseJobSearch } from "@/lib/jobs/job-search-params";
import { getCareersOrganization, getJobFilterOptions, listOpenJobs } from "@/lib/jobs/public-queries";

// The careers home with a search or filter in the URL, rendered per request. Without one,
// proxy.ts serves the cached page app/(careers)/home/[view] instead (docs/decisions/0022).

type FilteredCareersHomePageProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export const generateMetadata = careersHomeMetadata;

export default async function FilteredCareersHomePage({ searchParams }: FilteredCareersHomePageProps) {
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
