import { Container } from "@/components/ui/container";
import { JobFilters, type JobFilterOptions } from "@/components/careers/job-filters";
import { JobList, type JobCard } from "@/components/careers/job-list";
import { hasActiveFilters, type JobSearch } from "@/lib/jobs/job-search-params";
import { jobLocationText } from "@/lib/jobs/labels";
import type { OpenJobSummary } from "@/lib/jobs/public-queries";

type CareersHomeProps = {
  organizationName: string | null;
  search: JobSearch;
  options: JobFilterOptions;
  jobs: OpenJobSummary[];
};

export function CareersHome({ organizationName, search, options, jobs }: CareersHomeProps) {
  return (
    <Container className="space-y-8 py-10 sm:py-14">
      <div className="max-w-2xl space-y-3">
        <h1 className="text-3xl font-semibold tracking-tight sm:text-4xl">
          {organizationName ? `Careers at ${organizationName}` : "Careers"}
        </h1>
        <p className="text-lg text-ink-muted">
          Find a role where you can do your best work. Search by team, location or workplace, then read the full posting
          and apply online.
        </p>
      </div>
      <JobFilters search={search} options={options} />
      <JobList jobs={jobs.map(toJobCard)} filtered={hasActiveFilters(search)} />
    </Container>
  );
}

function toJobCard(job: OpenJobSummary): JobCard {
  const { slug, title, summary, department, remotePolicy } = job;
  return { slug, title, summary, department, remotePolicy, location: jobLocationText(job) };
}
