import type { ReactNode } from "react";
import { formatLongDate } from "@/lib/format/dates";
import {
  countryName,
  EMPLOYMENT_TYPE_LABELS,
  formatSalary,
  officeLabel,
  REMOTE_POLICY_LABELS,
} from "@/lib/jobs/labels";
import type { JobPosting } from "@/lib/jobs/public-queries";

/** The facts a candidate scans before reading: what, where, how much, until when. */
export function JobFacts({ job }: { job: JobPosting }) {
  const remote = job.remotePolicy === "REMOTE";
  const remoteCountries = remote ? job.remoteCountryCodes.map(countryName) : [];
  // For a remote job an office is an option, not where the job is.
  const officeTerm = `${remote ? "Office" : "Location"}${job.offices.length > 1 ? "s" : ""}`;
  const closedOn = job.closedAt ?? job.validThrough;
  return (
    <dl className="grid grid-cols-2 gap-4 lg:grid-cols-1">
      <Fact term="Department">{job.department}</Fact>
      {job.offices.length > 0 && (
        <Fact term={officeTerm}>
          <ul>
            {job.offices.map((office) => (
              <li key={office.name}>{officeLabel(office)}</li>
            ))}
          </ul>
        </Fact>
      )}
      <Fact term="Workplace">
        {REMOTE_POLICY_LABELS[job.remotePolicy]}
        {remoteCountries.length > 0 && `, from ${countryList.format(remoteCountries)}`}
      </Fact>
      <Fact term="Employment type">{EMPLOYMENT_TYPE_LABELS[job.employmentType]}</Fact>
      {job.salary && <Fact term="Salary">{formatSalary(job.salary)}</Fact>}
      <Fact term="Posted">
        <time dateTime={job.datePosted.toISOString()}>{formatLongDate(job.datePosted)}</time>
      </Fact>
      {job.isOpen && job.validThrough && (
        <Fact term="Apply by">
          <time dateTime={job.validThrough.toISOString()}>{formatLongDate(job.validThrough)}</time>
        </Fact>
      )}
      {!job.isOpen && closedOn && (
        <Fact term="Closed">
          <time dateTime={closedOn.toISOString()}>{formatLongDate(closedOn)}</time>
        </Fact>
      )}
    </dl>
  );
}

const countryList = new Intl.ListFormat("en", { style: "long", type: "disjunction" });

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-sm font-medium text-ink-muted">{term}</dt>
      <dd className="mt-0.5 text-ink">{children}</dd>
    </div>
  );
}
