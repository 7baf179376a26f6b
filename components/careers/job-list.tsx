"use client";
// A client component for its size, not for interactivity: the page sends a server component's
// whole rendered tree a second time as React's payload, card by card (about 2 KB a job), while
// a client component's payload is only its props (the few fields below). Same HTML either way.
import Link from "next/link";
import { IconSprite, PlaceIcon, TeamIcon } from "@/components/careers/icons";
import { Badge } from "@/components/ui/badge";
import type { RemotePolicy } from "@/lib/generated/prisma/enums";
import { jobPostingPath } from "@/lib/jobs/job-paths";
import { REMOTE_POLICY_LABELS } from "@/lib/jobs/labels";

/** What a card shows, and nothing more (every field is sent to the browser twice). */
export type JobCard = {
  slug: string;
  title: string;
  summary: string;
  department: string;
  /** jobLocationText(), worked out on the server. */
  location: string;
  remotePolicy: RemotePolicy;
};

export function JobList({ jobs, filtered }: { jobs: JobCard[]; filtered: boolean }) {
  return (
    <section aria-labelledby="job-list-heading" className="space-y-4">
      <h2 id="job-list-heading" className="text-xl font-semibold">
        {resultsHeading(jobs.length, filtered)}
      </h2>
      {jobs.length === 0 ? (
        <EmptyState filtered={filtered} />
      ) : (
        <>
          <IconSprite />
          <ul className="space-y-3">
            {jobs.map((job) => (
              <li key={job.slug}>
                <JobListItem job={job} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function JobListItem({ job }: { job: JobCard }) {
  return (
    // The whole card is the link's hit area (::after), but only the title is announced as the link.
    <article className="relative rounded-lg border border-line bg-surface p-5 shadow-sm transition-colors hover:border-brand">
      <h3 className="text-lg font-semibold">
        <Link
          href={jobPostingPath(job.slug)}
          className="text-ink no-underline after:absolute after:inset-0 hover:text-brand hover:underline"
        >
          {job.title}
        </Link>
      </h3>
      <p className="mt-1.5 flex flex-wrap items-center gap-x-4 gap-y-1.5 text-sm text-ink-muted">
        <span className="inline-flex items-center gap-1.5">
          <TeamIcon />
          {job.department}
        </span>
        <span className="inline-flex items-center gap-1.5">
          <PlaceIcon />
          {job.location}
        </span>
        <Badge variant={job.remotePolicy === "ON_SITE" ? "neutral" : "brand"}>
          {REMOTE_POLICY_LABELS[job.remotePolicy]}
        </Badge>
      </p>
      <p className="mt-3 line-clamp-2 text-ink">{job.summary}</p>
    </article>
  );
}

function resultsHeading(count: number, filtered: boolean): string {
  if (filtered) {
    if (count === 0) return "No positions match your search";
    return count === 1 ? "1 position matches your search" : `${count} positions match your search`;
  }
  if (count === 0) return "No open positions";
  return count === 1 ? "1 open position" : `${count} open positions`;
}

function EmptyState({ filtered }: { filtered: boolean }) {
  return (
    <p className="rounded-lg border border-dashed border-line bg-surface p-8 text-center text-ink-muted">
      {filtered ? (
        <>
          Try other words or fewer filters, or <Link href="/">see all open positions</Link>.
        </>
      ) : (
        "New roles are posted here first. Please check back soon."
      )}
    </p>
  );
}
