// The EEO report's filters (job, period) live in the URL: a GET form, shareable and usable
// without JavaScript. Periods are whole months: day-level periods would let two overlapping
// reports be subtracted down to the answers of one day, which application dates could tie to
// a person.
import { z } from "zod";

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

const month = z.string().trim().regex(MONTH);

export const eeoReportFiltersSchema = z
  .object({
    /** One job; absent: every job. */
    jobId: z.coerce.number().int().positive().max(2_147_483_647).optional().catch(undefined),
    /** First and last month included (YYYY-MM); absent: from the first / to the latest answer. */
    from: month.optional().catch(undefined),
    to: month.optional().catch(undefined),
  })
  .transform((filters) => (filters.from && filters.to && filters.from > filters.to ? { ...filters, from: filters.to, to: filters.from } : filters));

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

export function eeoReportFiltersQuery(filters: EeoReportFilters): string {
  const params = new URLSearchParams();
  if (filters.jobId) params.set("jobId", String(filters.jobId));
  if (filters.from) params.set("from", filters.from);
  if (filters.to) params.set("to", filters.to);
  const query = params.toString();
  return query ? `?${query}` : "";
}

/** The first day of the period and the first day after it (YYYY-MM-DD), for submittedOn. */
export function periodBounds(filters: EeoReportFilters): { fromDay?: string; toDayExclusive?: string } {
  const next = (value: string) => {
    const [year, monthNumber] = value.split("-").map(Number) as [number, number];
    return monthNumber === 12 ? `${year + 1}-01-01` : `${year}-${String(monthNumber + 1).padStart(2, "0")}-01`;
  };
  return { fromDay: filters.from ? `${filters.from}-01` : undefined, toDayExclusive: filters.to ? next(filters.to) : undefined };
}
