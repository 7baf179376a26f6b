// The staff side's budgets (issue 16) and the report's lines on sorts and growth: budgets.ts and
// report.ts take them from here, so the staff measures and their budgets change in one place.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Budget } from "./budgets";
import type { BenchResults } from "./results";
import type { HttpTiming, StaffMeasure } from "./staff";

/** At this size and above the growth budgets apply: each staff p99 within 2× the 100,000 run's. */
export const GROWTH_SIZE = 1_000_000;
const GROWTH_FACTOR = 2;

type StaffP99s = { board: number; table: number; search: number; move: number };

const p99s = (staff: StaffMeasure): StaffP99s => ({
  board: staff.board.firstByte.p99Ms,
  table: (staff.tableSorted ?? staff.table).firstByte.p99Ms,
  search: (staff.searchSorted ?? staff.search).firstByte.p99Ms,
  move: staff.move.p99Ms,
});

/**
 * The figures a growth run is held against: a full run at 100,000 applications on this machine,
 * BENCH_GROWTH_BASELINE (a benchmarks.json) or else the committed docs/benchmarks.json.
 */
function baseline(): StaffP99s | null {
  const file =
    process.env.BENCH_GROWTH_BASELINE ||
    path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../docs/benchmarks.json");
  try {
    const results = JSON.parse(readFileSync(file, "utf8")) as BenchResults;
    return !results.quick && results.dataset.applications === 100_000 && results.staff ? p99s(results.staff) : null;
  } catch {
    return null;
  }
}

const slowestSort = (timing: HttpTiming | undefined) => {
  const [sort, slowest] =
    Object.entries(timing?.firstByteBySort ?? {}).sort(([, a], [, b]) => b.p99Ms - a.p99Ms)[0] ?? [];
  return sort && slowest ? `slowest sort: ${sort} (p99 ${slowest.p99Ms} ms, p50 ${slowest.p50Ms} ms)` : undefined;
};

const growth = (key: keyof StaffP99s, label: string): Budget => ({
  measure: `Growth to ${GROWTH_SIZE.toLocaleString("en")}: ${label} p99 vs 100,000`,
  unit: "×",
  limit: GROWTH_FACTOR,
  atMost: true,
  value: (results) => {
    const reference = results.dataset.applications >= GROWTH_SIZE && results.staff ? baseline() : null;
    return reference && results.staff ? Math.round((p99s(results.staff)[key] / reference[key]) * 100) / 100 : null;
  },
  whyMissed: (results) => {
    const reference = baseline();
    return reference && results.staff
      ? `${p99s(results.staff)[key]} ms against ${reference[key]} ms at 100,000`
      : undefined;
  },
});

export const STAFF_BUDGETS: readonly Budget[] = [
  {
    measure: "Pipeline board first byte p99 (20,000-application job)",
    unit: "ms",
    limit: 100,
    atMost: true,
    value: (results) => results.staff?.board.firstByte.p99Ms,
    whyMissed: (results) => (results.staff ? `whole page p99 ${results.staff.board.complete.p99Ms} ms` : undefined),
  },
  {
    measure: "Filtered table first byte p99, every sort (20,000-application job)",
    unit: "ms",
    limit: 60,
    atMost: true,
    value: (results) => (results.staff?.tableSorted ?? results.staff?.table)?.firstByte.p99Ms,
    whyMissed: (results) => slowestSort(results.staff?.tableSorted),
  },
  {
    measure: "Search first byte p99, every term and sort (all jobs)",
    unit: "ms",
    limit: 60,
    atMost: true,
    value: (results) => (results.staff?.searchSorted ?? results.staff?.search)?.firstByte.p99Ms,
    whyMissed: (results) => slowestSort(results.staff?.searchSorted),
  },
  {
    measure: "Stage move p99 (server time)",
    unit: "ms",
    limit: 40,
    atMost: true,
    value: (results) => results.staff?.move.p99Ms,
  },
  growth("board", "board first byte"),
  growth("table", "filtered table first byte"),
  growth("search", "search first byte"),
  growth("move", "stage move"),
];

/** Rows of the staff table for each sort, and the database's size (for the growth runs). */
export function staffSortLines(staff: StaffMeasure): string[] {
  const lines: string[] = [];
  const bySort = (label: string, timing: HttpTiming | undefined) => {
    if (!timing?.firstByteBySort) return;
    lines.push(
      `${label}, first byte by sort (in turn, ${timing.firstByte.samples} requests, p99 over all ${timing.firstByte.p99Ms} ms): ` +
        Object.entries(timing.firstByteBySort)
          .map(([sort, sorted]) => `${sort} p50 ${sorted.p50Ms} ms, p99 ${sorted.p99Ms} ms`)
          .join("; ") +
        ".",
      "",
    );
  };
  bySort(`Filtered table \`${timing(staff.tableSorted)}\``, staff.tableSorted);
  bySort("Search (every term in every sort)", staff.searchSorted);
  if (staff.databaseMb !== undefined)
    lines.push(`The bench database is ${staff.databaseMb.toLocaleString("en")} MB.`, "");
  return lines;
}

const timing = (measure: HttpTiming | undefined) => measure?.path.split("&sort=")[0] ?? "";
