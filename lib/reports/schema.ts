// The pipeline reports' filters (job, period) live in the URL: a GET form, shareable and usable
// without JavaScript. A period is whole days in UTC, from the first day to the last day included;
// the reports read it as the instants [from, to).
import { z } from "zod";
import { isoDay } from "@/lib/format/dates";

export const REPORT_KEYS = [
  "funnel",
  "time-in-stage",
  "time-to-hire",
  "sources",
  "rejection-reasons",
  "scorecards-owed",
] as const;
export type ReportKey = (typeof REPORT_KEYS)[number];

export const DEFAULT_PERIOD_DAYS = 90;

/** Quick periods ending today, offered as links beside the form. */
export const PERIOD_PRESETS = [
  { days: 30, label: "Last 30 days" },
  { days: 90, label: "Last 90 days" },
  { days: 365, label: "Last 12 months" },
] as const;

const DAY_MS = 24 * 60 * 60 * 1000;

const day = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  // "2026-02-31" matches the pattern but is no day.
  .refine(
    (value) =>
      !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value),
  );

const rawFiltersSchema = z.object({
  /** One job; absent: every job the viewer may see. */
  jobId: z.coerce.number().int().positive().max(2_147_483_647).optional().catch(undefined),
  /** First and last day included (YYYY-MM-DD, UTC). */
  from: day.optional().catch(undefined),
  to: day.optional().catch(undefined),
});

export type ReportFilters = { jobId?: number; from: string; to: string };
export type ReportPeriod = { from: Date; to: Date };

const addDays = (dayText: string, days: number): string =>
  isoDay(new Date(Date.parse(`${dayText}T00:00:00Z`) + days * DAY_MS));

/** The last `days` days up to and including today's date in UTC. */
export function periodEndingToday(days: number, now = new Date()): { from: string; to: string } {
  const to = isoDay(now);
  return { from: addDays(to, 1 - days), to };
}

/** Next.js searchParams to filters; blank or malformed fields fall back to the default period. Never throws. */
export function parseReportFilters(
  params: Record<string, string | string[] | undefined>,
  now = new Date(),
): ReportFilters {
  const raw: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (typeof first === "string" && first.trim() !== "") raw[key] = first;
  }
  const parsed = rawFiltersSchema.parse(raw);
  const fallback = periodEndingToday(DEFAULT_PERIOD_DAYS, now);
  let from = parsed.from ?? (parsed.to ? addDays(parsed.to, 1 - DEFAULT_PERIOD_DAYS) : fallback.from);
  let to = parsed.to ?? (parsed.from ? (parsed.from > fallback.to ? parsed.from : fallback.to) : fallback.to);
  if (from > to) [from, to] = [to, from];
  return { ...(parsed.jobId && { jobId: parsed.jobId }), from, to };
}

/** The filters as instants: from the start of the first day to the start of the day after the last. */
export function reportPeriod(filters: ReportFilters): ReportPeriod {
  return { from: new Date(`${filters.from}T00:00:00Z`), to: new Date(`${addDays(filters.to, 1)}T00:00:00Z`) };
}

export function reportFiltersQuery(filters: ReportFilters, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams(extra);
  if (filters.jobId) params.set("jobId", String(filters.jobId));
  params.set("from", filters.from);
  params.set("to", filters.to);
  return `?${params.toString()}`;
}

export function parseReportKey(value: string | null): ReportKey | undefined {
  return REPORT_KEYS.find((key) => key === value);
}
