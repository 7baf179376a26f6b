import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { CareersHeader } from "@/components/careers/careers-header";
import { CandidatePageScript } from "@/components/careers/candidate-page-script";
import { CareersHome } from "@/components/careers/careers-home";
import { MainContent } from "@/components/ui/main-content";
import { isLocale } from "@/i18n/locales";
import { careersHomeMetadata } from "@/lib/jobs/careers-home-metadata";
import { CACHED_CAREERS_HOME_SEGMENT } from "@/lib/jobs/careers-home-route";
import { getCareersOrganization, getJobFilterOptions, listOpenJobs } from "@/lib/jobs/public-queries";

// The careers home as most visitors see it (`/`, `/de`, no search): proxy.ts rewrites it here
// (docs/decisions/0022, 0041). Incremental static regeneration like the postings, one page per
// language: rendered on its first request, then served as static HTML, refreshed every 5 minutes
// (a job passing its closing date) or at once on every instance by revalidateJobPosting() when
// staff publish, edit or close a job. Next.js sends `s-maxage=300, stale-while-revalidate=…`.
export const revalidate = 300;
export const dynamicParams = true;
export async function generateStaticParams(): Promise<{ view: string }[]> {
  return [];
}

type CachedCareersHomePageProps = { params: Promise<{ locale: string; view: string }> };

export const generateMetadata = careersHomeMetadata;

export default async function CachedCareersHomePage({ params }: CachedCareersHomePageProps) {
  const { locale, view } = await params;
  if (!isLocale(locale) || view !== CACHED_CAREERS_HOME_SEGMENT) notFound();
  setRequestLocale(locale);
  const [organization, jobs, options] = await Promise.all([
    getCareersOrganization(),
    listOpenJobs(),
    getJobFilterOptions(),
  ]);
  return (
    <>
      <CareersHeader organizationName={organization?.name ?? null} locale={locale} path="/" />
      <MainContent>
        <CareersHome organizationName={organization?.name ?? null} search={{}} options={options} jobs={jobs} />
      </MainContent>
      <CandidatePageScript />
    </>
  );
}
