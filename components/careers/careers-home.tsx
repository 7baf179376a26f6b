import { useLocale, useTranslations } from "next-intl";
import { Container } from "@/components/ui/container";
import { JobFilters, type JobFilterOptions } from "@/components/careers/job-filters";
import { JobList, type JobCard } from "@/components/careers/job-list";
import { useRemotePolicyLabels } from "@/components/careers/use-job-labels";
import { ClientMessages } from "@/components/i18n/client-messages";
import type { Locale } from "@/i18n/locales";
import { hasActiveFilters, type JobSearch } from "@/lib/jobs/job-search-params";
import { jobLocationText, type JobLocationWording } from "@/lib/jobs/labels";
import type { OpenJobSummary } from "@/lib/jobs/public-queries";

// What the job list (a client component) reads in the browser: its heading, the empty state and the badges.
const JOB_LIST_MESSAGES = ["careers.list", "careers.remotePolicy"];

type CareersHomeProps = {
  organizationName: string | null;
  search: JobSearch;
  options: JobFilterOptions;
  jobs: OpenJobSummary[];
};

export function CareersHome({ organizationName, search, options, jobs }: CareersHomeProps) {
  const t = useTranslations("careers");
  const locale = useLocale() as Locale;
  const wording: JobLocationWording = {
    locale,
    remoteIn: (countries) => t("posting.remoteIn", { countries }),
    remotePolicy: useRemotePolicyLabels(),
  };
  return (
    <Container className="space-y-8 py-10 sm:py-14">
      <div className="max-w-2xl space-y-3">
        <h1 className="text-3xl font-semibold tracking-tight sm:text-4xl">
          {organizationName
            ? t("home.heading", { organization: organizationName })
            : t("home.headingWithoutOrganization")}
        </h1>
        <p className="text-lg text-ink-muted">{t("home.intro")}</p>
      </div>
      <JobFilters search={search} options={options} />
      <ClientMessages locale={locale} pick={JOB_LIST_MESSAGES}>
        <JobList jobs={jobs.map((job) => toJobCard(job, wording))} filtered={hasActiveFilters(search)} />
      </ClientMessages>
    </Container>
  );
}

function toJobCard(job: OpenJobSummary, wording: JobLocationWording): JobCard {
  const { slug, title, summary, department, remotePolicy } = job;
  return { slug, title, summary, department, remotePolicy, location: jobLocationText(job, wording) };
}
