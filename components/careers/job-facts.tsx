import type { ReactNode } from "react";
import {
  countryName,
  EMPLOYMENT_TYPE_LABELS,
  formatDate,
  formatSalary,
  officeLabel,
  REMOTE_POLICY_LABELS,
} from "@/lib/jobs/job-labels";
import type { JobPosting } from "@/lib/jobs/public-queries";

/** The facts a candidate scans before reading: what, where, how much, until when. */
export function JobFacts({ job }: { job: JobPosting }) {
  const remoteCountries = job.remotePolicy === "REMOTE" ? job.remoteCountryCodes.map(countryName) : [];
  return (
    <dl className="space-y-4">
      <Fact term="Department">{job.department}</Fact>
      {job.offices.length > 0 && (
        <Fact term={job.offices.length === 1 ? "Location" : "Locations"}>
          <ul>
            {job.offices.map((office) => (
              <li key={office.name}>{officeLabel(office)}</li>
            ))}
          </ul>
        </Fact>
      )}
      <Fact term="Workplace">
        {REMOTE_POLICY_LABELS[job.remotePolicy]}
        {remoteCountries.length > 0 && ` (from ${remoteCountries.join(", ")})`}
      </Fact>
      <Fact term="Employment type">{EMPLOYMENT_TYPE_LABELS[job.employmentType]}</Fact>
      {job.salary && <Fact term="Salary">{formatSalary(job.salary)}</Fact>}
      <Fact term="Posted">
        <time dateTime={job.datePosted.toISOString()}>{formatDate(job.datePosted)}</time>
      </Fact>
      {job.validThrough && (
        <Fact term={job.isOpen ? "Apply by" : "Closed"}>
          <time dateTime={job.validThrough.toISOString()}>{formatDate(job.validThrough)}</time>
        </Fact>
      )}
    </dl>
  );
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-ink-muted text-sm font-medium">{term}</dt>
      <dd className="text-ink mt-0.5">{children}</dd>
    </div>
  );
}
