import type { ReactNode } from "react";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { useEmploymentTypeLabel, useRemotePolicyLabels } from "@/components/careers/use-job-labels";
import { countryNameIn, officeLabelIn, type Salary } from "@/lib/jobs/labels";
import type { JobPosting } from "@/lib/jobs/public-queries";

/** The facts a candidate scans before reading: what, where, how much, until when. */
export function JobFacts({ job }: { job: JobPosting }) {
  const t = useTranslations("careers.posting");
  const locale = useLocale();
  const format = useFormatter();
  const remotePolicyLabels = useRemotePolicyLabels();
  const employmentTypeLabel = useEmploymentTypeLabel();
  const salaryText = useSalaryText();
  const remote = job.remotePolicy === "REMOTE";
  const remoteCountries = remote ? job.remoteCountryCodes.map((code) => countryNameIn(locale, code)) : [];
  const closedOn = job.closedAt ?? job.validThrough;
  const longDate = (date: Date) => format.dateTime(date, { dateStyle: "long", timeZone: "UTC" });
  const workplace = remotePolicyLabels[job.remotePolicy];
  return (
    <dl className="grid grid-cols-2 gap-4 lg:grid-cols-1">
      <Fact term={t("department")}>{job.department}</Fact>
      {job.offices.length > 0 && (
        // For a remote job an office is an option, not where the job is.
        <Fact term={t(remote ? "offices" : "locations", { count: job.offices.length })}>
          <ul>
            {job.offices.map((office) => (
              <li key={office.name}>{officeLabelIn(locale, office)}</li>
            ))}
          </ul>
        </Fact>
      )}
      <Fact term={t("workplace")}>
        {remoteCountries.length > 0
          ? t("workplaceFrom", { workplace, countries: format.list(remoteCountries, { type: "disjunction" }) })
          : workplace}
      </Fact>
      <Fact term={t("employmentTypeTerm")}>{employmentTypeLabel(job.employmentType)}</Fact>
      {job.salary && <Fact term={t("salary")}>{salaryText(job.salary)}</Fact>}
      <Fact term={t("posted")}>
        <time dateTime={job.datePosted.toISOString()}>{longDate(job.datePosted)}</time>
      </Fact>
      {job.isOpen && job.validThrough && (
        <Fact term={t("applyBy")}>
          <time dateTime={job.validThrough.toISOString()}>{longDate(job.validThrough)}</time>
        </Fact>
      )}
      {!job.isOpen && closedOn && (
        <Fact term={t("closed")}>
          <time dateTime={closedOn.toISOString()}>{longDate(closedOn)}</time>
        </Fact>
      )}
    </dl>
  );
}

/** A salary range in the page's language ("€60,000 – €80,000 per year", "60.000 € – 80.000 € pro Jahr"). */
function useSalaryText(): (salary: Salary) => string {
  const t = useTranslations("careers");
  const format = useFormatter();
  return (salary) => {
    const money = (amount: number) =>
      format.number(amount, { style: "currency", currency: salary.currency, maximumFractionDigits: 0 });
    const unit = t(`salaryUnit.${salary.unit}`);
    const { min, max } = salary;
    if (min !== null && max !== null)
      return min === max
        ? t("posting.salaryExact", { amount: money(min), unit })
        : t("posting.salaryRange", { min: money(min), max: money(max), unit });
    if (min !== null) return t("posting.salaryFrom", { min: money(min), unit });
    return t("posting.salaryUpTo", { max: money(max ?? 0), unit });
  };
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-sm font-medium text-ink-muted">{term}</dt>
      <dd className="mt-0.5 text-ink">{children}</dd>
    </div>
  );
}
