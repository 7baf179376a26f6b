import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { CareersHeader } from "@/components/careers/careers-header";
import { CareersHome } from "@/components/careers/careers-home";
import { MainContent } from "@/components/ui/main-content";
import { isLocale } from "@/i18n/locales";
import { careersHomeMetadata } from "@/lib/jobs/careers-home-metadata";
import { parseJobSearch } from "@/lib/jobs/job-search-params";
import { getCareersOrganization, getJobFilterOptions, listOpenJobs } from "@/lib/jobs/public-queries";

// The careers home with a search or filter in the URL, rendered per request (`/?q=…` is served
// from /en, `/de?q=…` is itself). Without one, proxy.ts serves the cached page
// app/(careers)/[locale]/home/[view] instead (docs/decisions/0022, 0041).

type FilteredCareersHomePageProps = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const generateMetadata = careersHomeMetadata;

export default async function FilteredCareersHomePage({ params, searchParams }: FilteredCareersHomePageProps) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const search = parseJobSearch(await searchParams);
  const [organization, jobs, options] = await Promise.all([
    getCareersOrganization(),
    listOpenJobs(search),
    getJobFilterOptions(),
  ]);
  return (
    <>
      <CareersHeader organizationName={organization?.name ?? null} locale={locale} path="/" />
      <MainContent>
        <CareersHome organizationName={organization?.name ?? null} search={search} options={options} jobs={jobs} />
      </MainContent>
    </>
  );
}
