// Open jobs as an XML feed in Indeed's job feed format, which other aggregators read too. Only
// what Trellis knows is written: an element with no value in our data (requisition id,
// experience, education, a salary never stated) is left out rather than filled with a guess
// (docs/decisions/0039-job-aggregator-feed.md).
import type { EmploymentType, RemotePolicy } from "@/lib/generated/prisma/enums";
import { jobPostingPath } from "@/lib/jobs/job-paths";
import { formatSalary } from "@/lib/jobs/labels";
import { postingDescriptionHtml, renderPostingSections } from "@/lib/jobs/posting-sections";
import type { FeedJob } from "@/lib/jobs/public-queries";
import { escapeHtml, xmlCdata } from "@/lib/utils/escape-html";

/**
 * What each posting link in the feed carries, so an application that comes through it records
 * the channel (lib/submissions/tracking.ts keeps utm_* in Application.sourceDetail).
 */
export const INDEED_FEED_TRACKING = { utm_source: "indeed", utm_medium: "job_feed" } as const;

const JOB_TYPES: Record<EmploymentType, string> = {
  FULL_TIME: "fulltime",
  PART_TIME: "parttime",
  CONTRACTOR: "contract",
  TEMPORARY: "temporary",
  INTERN: "internship",
};

const REMOTE_TYPES: Record<RemotePolicy, string | null> = {
  ON_SITE: null,
  HYBRID: "Hybrid remote",
  REMOTE: "Fully remote",
};

export type IndeedFeedInput = {
  publisher: { name: string; websiteUrl: string } | null;
  jobs: FeedJob[];
  appUrl: string;
  builtAt: Date;
};

export function buildIndeedFeed({ publisher, jobs, appUrl, builtAt }: IndeedFeedInput): string {
  const lines = ['<?xml version="1.0" encoding="utf-8"?>', "<source>"];
  if (publisher) {
    lines.push(element("publisher", publisher.name), element("publisherurl", publisher.websiteUrl));
  }
  lines.push(element("lastBuildDate", builtAt.toUTCString()));
  for (const job of jobs) lines.push(jobElement(job, appUrl));
  lines.push("</source>", "");
  return lines.join("\n");
}

/** The posting page's absolute URL with the feed's tracking; its apply link carries it on. */
export function indeedFeedJobUrl(slug: string, appUrl: string): string {
  const url = new URL(jobPostingPath(slug), appUrl);
  for (const [key, value] of Object.entries(INDEED_FEED_TRACKING)) url.searchParams.set(key, value);
  return url.toString();
}

function jobElement(job: FeedJob, appUrl: string): string {
  const location = jobLocation(job);
  const fields: [string, string | null | undefined][] = [
    ["title", job.title],
    ["date", job.datePosted.toUTCString()],
    // The id the rest of Trellis names the job by (the Job Board API, the posting's JSON-LD).
    ["referencenumber", String(job.id)],
    ["url", indeedFeedJobUrl(job.slug, appUrl)],
    ["company", job.company],
    ["city", location.city],
    ["state", location.state],
    ["country", location.country],
    ["postalcode", location.postalCode],
    ["description", description(job)],
    ["salary", job.salary && formatSalary(job.salary)],
    ["jobtype", JOB_TYPES[job.employmentType]],
    ["category", job.department],
    ["remotetype", REMOTE_TYPES[job.remotePolicy]],
    // Indeed's format has no language element (Indeed detects it from the text); this one, an ISO
    // 639-1 code as the job states it, is for aggregators that read one (docs/decisions/0042).
    ["language", job.language],
  ];
  const children = fields.flatMap(([name, value]) => (value ? [`  ${element(name, value)}`] : []));
  return ["<job>", ...children, "</job>"].join("\n");
}

function element(name: string, value: string): string {
  return `<${name}>${xmlCdata(value)}</${name}>`;
}

type FeedLocation = { city?: string; state?: string | null; country?: string; postalCode?: string | null };

/**
 * The feed has one place per job: its first office (by name, as the posting lists them), or for
 * a remote job with no office, the one country applicants may live in when there is exactly one.
 */
function jobLocation(job: FeedJob): FeedLocation {
  const office = job.offices[0];
  if (office) {
    return { city: office.locality, state: office.region, country: office.countryCode, postalCode: office.postalCode };
  }
  const [onlyCountry, ...others] = job.remoteCountryCodes;
  return onlyCountry && others.length === 0 ? { country: onlyCountry } : {};
}

/** The posting's sections as the page shows them; the summary when a job has no section. */
function description(job: FeedJob): string {
  const html = postingDescriptionHtml(renderPostingSections(job.sections));
  return html.trim() ? html : `<p>${escapeHtml(job.summary)}</p>`;
}
