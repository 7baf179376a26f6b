import { buttonStyles } from "@/components/ui/button";
import { formatSuppressedCount, type EeoReport } from "@/lib/reports/eeo/build-eeo-report";
import { eeoReportQuery } from "@/lib/reports/eeo/schema";
import type { ReportingPeriod } from "@/lib/self-identification/reporting-period";
import { EeoReportFiltersForm } from "./eeo-report-filters";
import { EeoReportTableView } from "./eeo-report-table";

type Props = { report: EeoReport; periods: ReportingPeriod[]; basePath: string };

export function EeoReportView({ report, periods, basePath }: Props) {
  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <h1 className="text-3xl font-bold text-ink">EEO self-identification report</h1>
        <p className="max-w-prose text-ink-muted">
          Voluntary answers, counted in aggregate only: no one, not even an admin, can see one person’s answers. A count
          of 1 to 4 people shows as “&lt;5”; when the total would give such a count away, another count is hidden too
          (“hidden”), or the total.
        </p>
      </div>
      <EeoReportFiltersForm period={report.period} periods={periods} basePath={basePath} />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p>
          <span className="font-semibold">{report.period.label}</span>, all jobs:{" "}
          <span className="tabular-nums">{formatSuppressedCount(report.responses)}</span> self-identification forms
          submitted.
        </p>
        {/* A plain link: Next's <Link> would prefetch it, and each fetch is an audited export. */}
        <a
          href={`${basePath}/export${eeoReportQuery(report.period.key)}`}
          className={buttonStyles({ variant: "secondary", size: "sm" })}
          download
        >
          Download CSV<span className="sr-only"> of this report</span>
        </a>
      </div>
      <div className="grid gap-8 lg:grid-cols-2">
        {report.tables.map((table) => (
          <EeoReportTableView key={table.key} table={table} />
        ))}
      </div>
    </div>
  );
}
