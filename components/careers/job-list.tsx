"use client";
// A client component for its size, not for interactivity: the search results (`/?q=…`), rendered
// per request, carry React's payload, which repeats a server component's whole rendered tree card
// by card (about 2 KB a job) but only a client component's props (the few fields below). The
// cached home is sent as HTML alone, where this makes no difference. Same HTML either way; the
// card's look is classes in app/globals.css (.job-card), not utilities repeated on every card.
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { useEffect } from "react";
import {
  LANDING_REFERRER_KEY,
  externalReferrerHost,
  rememberLandingReferrer,
} from "@/components/application-form/landing-referrer";
import { IconSprite, PlaceIcon, TeamIcon } from "@/components/careers/icons";
import { PostingLink } from "@/components/careers/posting-link";
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
  // Where React runs (the search results), it remembers the site the candidate came from; the
  // static careers home does it with its script (candidate-page-script.tsx).
  useEffect(() => rememberLandingReferrer(externalReferrerHost, LANDING_REFERRER_KEY), []);
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
    // The whole card is the link's hit area (.job-card h3 a::after), but only the title is
    // announced as the link.
    <article className="job-card">
      <h3>
        <PostingLink href={localizedPath(locale, jobPostingPath(job.slug))}>{job.title}</PostingLink>
      </h3>
      <p className="job-card-facts">
        <span>
          <TeamIcon />
          {job.department}
        </span>
        <span>
          <PlaceIcon />
          {job.location}
        </span>
        <Badge variant={job.remotePolicy === "ON_SITE" ? "neutral" : "brand"}>
          {remotePolicyLabels[job.remotePolicy]}
        </Badge>
      </p>
      <p className="job-card-summary">{job.summary}</p>
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
