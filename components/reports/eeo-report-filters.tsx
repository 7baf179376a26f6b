import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";
import type { ReportingPeriod } from "@/lib/self-identification/reporting-period";

type Props = { period: ReportingPeriod; periods: ReportingPeriod[]; basePath: string };

/** A plain GET form: the quarter lands in the URL and works without JavaScript. */
export function EeoReportFiltersForm({ period, periods, basePath }: Props) {
  // A quarter before the first answer can be asked for by URL; it is listed so the form says so.
  const options = periods.some((option) => option.key === period.key) ? periods : [...periods, period];
  return (
    <form
      method="get"
      action={basePath}
      aria-label="Choose the reporting period"
      className="flex flex-wrap items-end gap-4 rounded-lg border border-line bg-surface p-4"
    >
      <div className="min-w-64">
        <Label htmlFor="eeo-quarter">Reporting period</Label>
        <Select
          id="eeo-quarter"
          name="quarter"
          defaultValue={period.key}
          className="mt-1"
          aria-describedby="eeo-period-hint"
        >
          {options.map((option) => (
            <option key={option.key} value={option.key}>
              {option.label}
            </option>
          ))}
        </Select>
      </div>
      <Button type="submit">Show report</Button>
      <p id="eeo-period-hint" className="w-full text-sm text-ink-muted">
        The report covers one calendar quarter of every job together, from the day after the quarter ends. Fixed periods
        keep two reports from being subtracted to reveal the answers of a few people.
      </p>
    </form>
  );
}
