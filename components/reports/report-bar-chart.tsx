"use client";

import { Bar, BarChart, CartesianGrid, LabelList, Legend, XAxis, YAxis } from "recharts";
import type { ColumnFormat } from "@/lib/reports/report-tables";

export type ChartSeries = {
  key: string;
  label: string;
  /** Written beside each bar, so no series is told apart by colour alone. */ short: string;
};
export type ChartRow = { category: string } & Record<string, string | number | null>;

// The theme's brand and info colours (app/globals.css); SVG fills need literal colours.
const COLOURS = ["#0b5d4b", "#1e40af"] as const;
const ROW_HEIGHT = 30;

function formatValue(value: unknown, format: ColumnFormat): string {
  if (typeof value !== "number") return "";
  if (format === "days") return `${value.toFixed(1)} d`;
  if (format === "percent") return `${Math.round(value * 100)}%`;
  return String(value);
}

type Props = { label: string; rows: ChartRow[]; series: ChartSeries[]; format: ColumnFormat };

/**
 * Horizontal bars (long stage and reason names stay readable). The chart is one image to
 * assistive technology, named by `label`; the table beside it carries the same numbers.
 */
export function ReportBarChart({ label, rows, series, format }: Props) {
  const height = Math.max(140, rows.length * series.length * ROW_HEIGHT + 70);
  return (
    <div role="img" aria-label={label} className="w-full">
      <BarChart
        layout="vertical"
        data={rows}
        accessibilityLayer={false}
        responsive
        style={{ width: "100%", height }}
        margin={{ top: 4, right: 104, bottom: 4, left: 4 }}
      >
        <CartesianGrid horizontal={false} stroke="#dde1e7" />
        <XAxis type="number" allowDecimals={format !== "count"} tick={{ fill: "#4a5565", fontSize: 12 }} />
        <YAxis type="category" dataKey="category" width={170} tick={{ fill: "#16202c", fontSize: 12 }} interval={0} />
        {series.length > 1 && <Legend verticalAlign="top" height={28} />}
        {series.map((each, index) => (
          <Bar
            key={each.key}
            dataKey={each.key}
            name={each.label}
            fill={COLOURS[index % COLOURS.length]}
            isAnimationActive={false}
          >
            <LabelList
              dataKey={each.key}
              position="right"
              fill="#16202c"
              fontSize={12}
              formatter={(value: unknown) => {
                const text = formatValue(value, format);
                return text && series.length > 1 ? `${each.short} ${text}` : text;
              }}
            />
          </Bar>
        ))}
      </BarChart>
    </div>
  );
}
