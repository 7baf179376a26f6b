import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { CandidatePageScript } from "@/components/careers/candidate-page-script";
import { CareersHeader } from "@/components/careers/careers-header";
import { JobPostingView } from "@/components/careers/job-posting-view";
import { JsonLdScript } from "@/components/careers/json-ld-script";
import { MainContent } from "@/components/ui/main-content";
import { alternatePaths, localizedPath } from "@/i18n/locale-paths";
import { DEFAULT_LOCALE, isLocale } from "@/i18n/locales";
import { absoluteUrls } from "@/lib/jobs/careers-home-metadata";
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

type JobPostingPageProps = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: JobPostingPageProps): Promise<Metadata> {
  const { locale: requested, slug } = await params;
  const locale = isLocale(requested) ? requested : DEFAULT_LOCALE;
  const [job, t] = await Promise.all([
    getJobPostingBySlug(slug),
    getTranslations({ locale, namespace: "careers.posting" }),
  ]);
  if (!job) return { title: t("notFoundTitle"), robots: { index: false } };
  const title = `${job.title} · ${job.organization.name}`;
  const path = jobPostingPath(job.slug);
  const url = absoluteUrl(localizedPath(locale, path));
  const siteName = t("siteName", { organization: job.organization.name });
  return {
    title,
    description: job.summary,
    alternates: { canonical: url, languages: absoluteUrls(alternatePaths(path)) },
    openGraph: { type: "website", title, description: job.summary, url, siteName },
    // X (Twitter) reads the title and description from the Open Graph tags above.
    twitter: { card: "summary" },
    // A closed posting stays reachable for people holding the link, but leaves search results.
    robots: job.isOpen ? undefined : { index: false, follow: true },
  };
}

export default async function JobPostingPage({ params }: JobPostingPageProps) {
  const { locale, slug } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const job = await getJobPostingBySlug(slug);
  if (!job) notFound();
  const sections = renderPostingSections(job.sections);
  const path = jobPostingPath(job.slug);
  const url = absoluteUrl(localizedPath(locale, path));
  return (
    <>
      <CareersHeader organizationName={job.organization.name} locale={locale} path={path} />
      <MainContent>
        <JobPostingView job={job} sections={sections} />
      </MainContent>
      {job.isOpen && (
        <JsonLdScript data={buildJobPostingJsonLd({ job, descriptionHtml: postingDescriptionHtml(sections), url })} />
      )}
      <CandidatePageScript />
    </>
  );
}
