import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { jobLocationText, REMOTE_POLICY_LABELS } from "@/lib/jobs/job-labels";
import { jobPostingPath } from "@/lib/jobs/job-paths";
import type { OpenJobSummary } from "@/lib/jobs/public-queries";

export function JobList({ jobs, filtered }: { jobs: OpenJobSummary[]; filtered: boolean }) {
  const count = `${jobs.length} ${jobs.length === 1 ? "position" : "positions"}`;
  return (
    <section aria-labelledby="job-list-heading" className="space-y-4">
      <h2 id="job-list-heading" className="text-xl font-semibold">
        {filtered ? `${count} match your search` : `${count} open`}
      </h2>
      {jobs.length === 0 ? (
        <EmptyState filtered={filtered} />
      ) : (
        <ul className="space-y-3">
          {jobs.map((job) => (
            <li key={job.slug}>
              <JobListItem job={job} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function JobListItem({ job }: { job: OpenJobSummary }) {
  return (
    // The whole card is the link's hit area (::after), but only the title is announced as the link.
    <article className="border-line bg-surface hover:border-brand relative rounded-lg border p-5 shadow-sm transition-colors">
      <h3 className="text-lg font-semibold">
        <Link href={jobPostingPath(job.slug)} className="text-ink hover:text-brand no-underline after:absolute after:inset-0 hover:underline">
          {job.title}
        </Link>
      </h3>
      <p className="text-ink-muted mt-1 flex flex-wrap items-center gap-x-2 gap-y-1 text-sm">
        <span>{job.department}</span>
        <span aria-hidden="true">·</span>
        <span>{jobLocationText(job)}</span>
        <Badge variant={job.remotePolicy === "ON_SITE" ? "neutral" : "brand"}>{REMOTE_POLICY_LABELS[job.remotePolicy]}</Badge>
      </p>
      <p className="text-ink mt-3 line-clamp-2">{job.summary}</p>
    </article>
  );
}

function EmptyState({ filtered }: { filtered: boolean }) {
  return (
    <div className="border-line bg-surface rounded-lg border border-dashed p-8 text-center">
      <p className="font-medium">{filtered ? "No open positions match your search." : "There are no open positions right now."}</p>
      <p className="text-ink-muted mt-2 text-sm">
        {filtered ? (
          <>
            Try other words or fewer filters, or <Link href="/">see all open positions</Link>.
          </>
        ) : (
          "New roles are posted here first. Please check back soon."
        )}
      </p>
    </div>
  );
}
