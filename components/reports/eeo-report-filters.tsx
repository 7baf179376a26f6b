import Link from "next/link";
import { Button, buttonStyles } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import type { EeoReportFilters } from "@/lib/reports/eeo/schema";

type Props = { filters: EeoReportFilters; jobs: { id: number; title: string }[]; basePath: string };

/** A plain GET form: job and period land in the URL and work without JavaScript. */
export function EeoReportFiltersForm({ filters, jobs, basePath }: Props) {
  return (
    <form method="get" action={basePath} aria-label="Choose the job and period" className="bg-surface border-line flex flex-wrap items-end gap-4 rounded-lg border p-4">
      <div className="min-w-56">
        <Label htmlFor="eeo-job">Job</Label>
        <Select id="eeo-job" name="jobId" defaultValue={filters.jobId ? String(filters.jobId) : ""} className="mt-1">
          <option value="">All jobs</option>
          {jobs.map((job) => (
            <option key={job.id} value={job.id}>
              {job.title}
            </option>
          ))}
        </Select>
      </div>
      <div>
        <Label htmlFor="eeo-from">From month</Label>
        <Input id="eeo-from" name="from" type="month" placeholder="YYYY-MM" pattern="\d{4}-\d{2}" defaultValue={filters.from ?? ""} className="mt-1" aria-describedby="eeo-period-hint" />
      </div>
      <div>
        <Label htmlFor="eeo-to">To month (included)</Label>
        <Input id="eeo-to" name="to" type="month" placeholder="YYYY-MM" pattern="\d{4}-\d{2}" defaultValue={filters.to ?? ""} className="mt-1" aria-describedby="eeo-period-hint" />
      </div>
      <Button type="submit">Show report</Button>
      <Link href={basePath} className={buttonStyles({ variant: "ghost" })}>
        All jobs, all time
      </Link>
      <p id="eeo-period-hint" className="text-ink-muted w-full text-sm">
        Periods are whole months of the day forms were submitted. Leave a month empty for no limit.
      </p>
    </form>
  );
}
