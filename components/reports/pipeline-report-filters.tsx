import Link from "next/link";
import { Button, buttonStyles } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import { PERIOD_PRESETS, periodEndingToday, reportFiltersQuery, type ReportFilters } from "@/lib/reports/schema";

type Props = { filters: ReportFilters; jobs: { id: number; title: string }[]; basePath: string; now: Date };

/** A plain GET form: job and period land in the URL and work without JavaScript. */
export function PipelineReportFiltersForm({ filters, jobs, basePath, now }: Props) {
  return (
    <div className="space-y-3 rounded-lg border border-line bg-surface p-4">
      <form
        method="get"
        action={basePath}
        aria-label="Choose the job and period"
        className="flex flex-wrap items-end gap-4"
      >
        <div className="min-w-56">
          <Label htmlFor="report-job">Job</Label>
          <Select
            id="report-job"
            name="jobId"
            defaultValue={filters.jobId ? String(filters.jobId) : ""}
            className="mt-1"
          >
            <option value="">All jobs</option>
            {jobs.map((job) => (
              <option key={job.id} value={job.id}>
                {job.title}
              </option>
            ))}
          </Select>
        </div>
        <div>
          <Label htmlFor="report-from">From</Label>
          <Input
            id="report-from"
            name="from"
            type="date"
            defaultValue={filters.from}
            className="mt-1"
            aria-describedby="report-period-hint"
          />
        </div>
        <div>
          <Label htmlFor="report-to">To (included)</Label>
          <Input
            id="report-to"
            name="to"
            type="date"
            defaultValue={filters.to}
            className="mt-1"
            aria-describedby="report-period-hint"
          />
        </div>
        <Button type="submit">Show reports</Button>
      </form>
      <nav aria-label="Quick periods" className="flex flex-wrap items-center gap-2">
        <span className="text-sm text-ink-muted">Quick periods:</span>
        {PERIOD_PRESETS.map((preset) => {
          const period = periodEndingToday(preset.days, now);
          const current = period.from === filters.from && period.to === filters.to;
          return (
            <Link
              key={preset.days}
              href={`${basePath}${reportFiltersQuery({ jobId: filters.jobId, ...period })}`}
              aria-current={current ? "page" : undefined}
              className={buttonStyles({ variant: current ? "secondary" : "ghost", size: "sm" })}
            >
              {current && <span aria-hidden="true">✓ </span>}
              {preset.label}
            </Link>
          );
        })}
      </nav>
      <p id="report-period-hint" className="text-sm text-ink-muted">
        Days in UTC, both ends included.
      </p>
    </div>
  );
}
