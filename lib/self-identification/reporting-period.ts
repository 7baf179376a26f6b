// Reporting periods for self-identification: calendar quarters (UTC). A stored answer keeps
// nothing finer than its quarter, and the EEO report covers exactly one quarter that has ended,
// so no two reports overlap and none changes once it can be read (docs/decisions/0026).

export type ReportingPeriod = {
  /** "2026-Q3": what the URL and the CSV file name carry. */
  key: string;
  /** First day, YYYY-MM-DD (the stored periodStart). */
  start: string;
  /** "July–September 2026". */
  label: string;
};

const KEY = /^(\d{4})-Q([1-4])$/;
const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const DAY_MS = 24 * 60 * 60 * 1000;

function period(year: number, quarter: number): ReportingPeriod {
  const firstMonth = (quarter - 1) * 3;
  return {
    key: `${year}-Q${quarter}`,
    start: `${year}-${String(firstMonth + 1).padStart(2, "0")}-01`,
    label: `${MONTHS[firstMonth]}–${MONTHS[firstMonth + 2]} ${year}`,
  };
}

/** The quarter a moment falls in (UTC). */
export function periodOf(moment: Date): ReportingPeriod {
  return period(moment.getUTCFullYear(), Math.floor(moment.getUTCMonth() / 3) + 1);
}

/** The quarter a key names, or undefined for anything else. */
export function periodFromKey(key: string | undefined): ReportingPeriod | undefined {
  const match = key?.match(KEY);
  return match ? period(Number(match[1]), Number(match[2])) : undefined;
}

/** The first day of a quarter as a Date (midnight UTC), as the date column takes it. */
export function periodStartDate(reportingPeriod: ReportingPeriod): Date {
  return new Date(`${reportingPeriod.start}T00:00:00Z`);
}

function following(reportingPeriod: ReportingPeriod): ReportingPeriod {
  const [year, quarter] = reportingPeriod.key.split("-Q").map(Number) as [number, number];
  return quarter === 4 ? period(year + 1, 1) : period(year, quarter + 1);
}

function preceding(reportingPeriod: ReportingPeriod): ReportingPeriod {
  const [year, quarter] = reportingPeriod.key.split("-Q").map(Number) as [number, number];
  return quarter === 1 ? period(year - 1, 4) : period(year, quarter - 1);
}

/**
 * Whether a quarter may be reported: a day after it ended. An open quarter's report would change
 * with each application, and two readings subtract to the newcomers' answers; the extra day lets
 * an application stored across midnight commit before anyone reads the quarter.
 */
export function isReportable(reportingPeriod: ReportingPeriod, now: Date): boolean {
  return now.getTime() >= periodStartDate(following(reportingPeriod)).getTime() + DAY_MS;
}

/** The newest quarter that may be reported at `now`. */
export function latestReportablePeriod(now: Date): ReportingPeriod {
  let candidate = preceding(periodOf(now));
  while (!isReportable(candidate, now)) candidate = preceding(candidate);
  return candidate;
}

/**
 * Every quarter that may be reported, newest first, from the quarter of the earliest answer
 * (none stored: only the latest reportable quarter).
 */
export function reportablePeriods(earliestStart: Date | null, now: Date): ReportingPeriod[] {
  const latest = latestReportablePeriod(now);
  const earliest = earliestStart ? periodOf(earliestStart) : latest;
  const periods: ReportingPeriod[] = [];
  for (let candidate = latest; candidate.start >= earliest.start; candidate = preceding(candidate))
    periods.push(candidate);
  return periods.length > 0 ? periods : [latest];
}
