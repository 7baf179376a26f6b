// The EEO report's one filter, its reporting period, lives in the URL: a GET form, shareable and
// usable without JavaScript. Only whole calendar quarters that have ended can be asked for
// (lib/self-identification/reporting-period.ts, docs/decisions/0026): no date range, no job,
// nothing else to subtract one report from another with. Other parameters are ignored.
import { z } from "zod";

const QUARTER = /^\d{4}-Q[1-4]$/;

export const eeoReportFiltersSchema = z.object({
  /** "2026-Q3"; absent or not a reportable quarter: the latest reportable quarter. */
  quarter: z.string().trim().regex(QUARTER).optional().catch(undefined),
});

export type EeoReportFilters = z.output<typeof eeoReportFiltersSchema>;

/** Next.js searchParams to filters; blank fields mean "no filter". Never throws. */
export function parseEeoReportFilters(params: Record<string, string | string[] | undefined>): EeoReportFilters {
  const raw: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (typeof first === "string" && first.trim() !== "") raw[key] = first;
  }
  return eeoReportFiltersSchema.parse(raw);
}

export function eeoReportQuery(quarter: string): string {
  return `?${new URLSearchParams({ quarter }).toString()}`;
}
