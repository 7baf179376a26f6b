import { buttonStyles } from "@/components/ui/button";
import { formatCell, type ReportTable } from "@/lib/reports/report-tables";
import { ReportBarChart, type ChartRow, type ChartSeries } from "./report-bar-chart";
import { ReportTableView } from "./report-table";

type Props = {
  table: ReportTable;
  /** What the numbers count, in a sentence or two. */
  description: string;
  /** The table's columns drawn as bars, and the word written beside each bar. */
  chart: { column: number; short: string }[];
  exportHref: string;
};

/** One report: its definition, a chart and, beside it, the table with the same numbers; CSV download. */
export function ReportSection({ table, description, chart, exportHref }: Props) {
  const id = `report-${table.key}`;
  const firstNumeric = table.columns.findIndex((column) => column.format !== "text");
  const series: ChartSeries[] = chart.map(({ column, short }) => ({
    key: `c${column}`,
    label: table.columns[column]!.label,
    short,
  }));
  const rows: ChartRow[] = table.rows.map((row) => ({
    // Leading text columns name the bar (e.g. source and utm_source).
    category: row
      .slice(0, firstNumeric)
      .map((cell) => formatCell(cell, "text"))
      .join(" · "),
    ...Object.fromEntries(chart.map(({ column }) => [`c${column}`, row[column] ?? null])),
  }));
  const format = table.columns[chart[0]!.column]!.format;
  return (
    <section aria-labelledby={`${id}-title`} className="space-y-3">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="max-w-prose space-y-1">
          <h2 id={`${id}-title`} className="text-xl font-semibold text-ink">
            {table.title}
          </h2>
          <p className="text-sm text-ink-muted">{description}</p>
        </div>
        {/* A plain link: Next's <Link> would prefetch it, and each fetch is an audited export. */}
        <a href={exportHref} className={buttonStyles({ variant: "secondary", size: "sm" })} download>
          Download CSV<span className="sr-only"> of {table.title.toLowerCase()}</span>
        </a>
      </div>
      <div className="grid items-start gap-6 lg:grid-cols-2">
        {rows.length > 0 ? (
          <ReportBarChart
            label={`Bar chart of ${table.title.toLowerCase()}: ${series.map((each) => each.label.toLowerCase()).join(" and ")} per ${table.columns[0]!.label.toLowerCase()}. The table beside it has the same numbers.`}
            rows={rows}
            series={series}
            format={format}
          />
        ) : (
          <p className="text-sm text-ink-muted">No chart: nothing in this period.</p>
        )}
        <ReportTableView table={table} caption={`${table.title}: the numbers of the chart`} />
      </div>
    </section>
  );
}
