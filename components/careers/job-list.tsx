"use client";
// A client component for its size, not for interactivity: the page sends a server component's
// whole rendered tree a second time as React's payload, card by card (about 2 KB a job), while
// a client component's payload is only its props (the few fields below). Same HTML either way.
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { IconSprite, PlaceIcon, TeamIcon } from "@/components/careers/icons";
import { useRemotePolicyLabels } from "@/components/careers/use-job-labels";
import { Badge } from "@/components/ui/badge";
import type { RemotePolicy } from "@/lib/generated/prisma/enums";
import { localizedPath } from "@/i18n/locale-paths";
import type { Locale } from "@/i18n/locales";
import { jobPostingPath } from "@/lib/jobs/job-paths";

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
  const t = useTranslations("careers.list");
  return (
    <section aria-labelledby="job-list-heading" className="space-y-4">
      <h2 id="job-list-heading" className="text-xl font-semibold">
        {t(filtered ? "matching" : "open", { count: jobs.length })}
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
  const locale = useLocale() as Locale;
  const remotePolicyLabels = useRemotePolicyLabels();
  return (
    // The whole card is the link's hit area (::after), but only the title is announced as the link.
    <article className="relative rounded-lg border border-line bg-surface p-5 shadow-sm transition-colors hover:border-brand">
      <h3 className="text-lg font-semibold">
        <Link
          href={localizedPath(locale, jobPostingPath(job.slug))}
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
          {remotePolicyLabels[job.remotePolicy]}
        </Badge>
      </p>
      <p className="mt-3 line-clamp-2 text-ink">{job.summary}</p>
    </article>
  );
}

function EmptyState({ filtered }: { filtered: boolean }) {
  const t = useTranslations("careers.list");
  const locale = useLocale() as Locale;
  return (
    <p className="rounded-lg border border-dashed border-line bg-surface p-8 text-center text-ink-muted">
      {filtered
        ? t.rich("noMatchHint", { link: (text) => <Link href={localizedPath(locale, "/")}>{text}</Link> })
        : t("noneOpen")}
    </p>
  );
}
