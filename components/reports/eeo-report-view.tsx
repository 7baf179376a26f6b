import { buttonStyles } from "@/components/ui/button";
import type { EeoReport } from "@/lib/reports/eeo/build-eeo-report";
import { eeoReportFiltersQuery } from "@/lib/reports/eeo/schema";
import { EeoReportFiltersForm } from "./eeo-report-filters";
import { EeoReportTableView } from "./eeo-report-table";
import { formatSuppressedCount } from "@/lib/reports/eeo/build-eeo-report";

type Props = { report: EeoReport; jobs: { id: number; title: string }[]; basePath: string };

const period = ({ from, to }: EeoReport["filters"]) =>
  from && to ? (from === to ? from : `${from} to ${to}`) : from ? `from ${from}` : to ? `until ${to}` : "all time";

export function EeoReportView({ report, jobs, basePath }: Props) {
  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <h1 className="text-ink text-3xl font-bold">EEO self-identification report</h1>
        <p className="text-ink-muted max-w-prose">
          Voluntary answers, counted in aggregate only: no one, not even an admin, can see one person’s answers. A count of 1 to 4 people shows as “&lt;5”; when the
          total would give such a count away, another count is hidden too (“hidden”), or the total.
        </p>
      </div>
      <EeoReportFiltersForm filters={report.filters} jobs={jobs} basePath={basePath} />
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p>
          <span className="font-semibold">{report.job ? report.job.title : "All jobs"}</span>, {period(report.filters)}:{" "}
          <span className="tabular-nums">{formatSuppressedCount(report.responses)}</span> self-identification forms submitted.
        </p>
        {/* A plain link: Next's <Link> would prefetch it, and each fetch is an audited export. */}
        <a href={`${basePath}/export${eeoReportFiltersQuery(report.filters)}`} className={buttonStyles({ variant: "secondary", size: "sm" })} download>
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
