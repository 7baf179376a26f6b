// The performance budgets of issue 6 (for a 2-core machine at 100,000 applications) and how
// each measure of a run stands against its budget. A miss is reported with its size; it does
// not fail the run (failed requests do: run.ts).
import type { BenchResults } from "./results";

export type BudgetCheck = {
  measure: string;
  value: number | null;
  unit: string;
  /** "≤ 50 ms", "≥ 95%". */
  budget: string;
  status: "pass" | "miss" | "not measured";
  /** How far from the budget a miss is, e.g. "+12 ms (24% over)". */
  by?: string;
  /** What the run's own figures say about a miss. */
  note?: string;
};

type Budget = {
  measure: string;
  unit: string;
  limit: number;
  atMost: boolean;
  value: (results: BenchResults) => number | null | undefined;
  whyMissed?: (results: BenchResults) => string | undefined;
};

/** Little's law for a closed loop: the mean latency the measured throughput allows. */
const queueingNote = (connections: number, perSecond: number | undefined) =>
  perSecond
    ? `at ${perSecond}/s, ${connections} connections wait ${Math.round((connections / perSecond) * 1000)} ms on average`
    : undefined;

const page = (results: BenchResults, key: string) => results.pages.find((measure) => measure.key === key);

export const BUDGETS: readonly Budget[] = [
  {
    measure: "Posting page throughput vs baseline",
    unit: "%",
    limit: 95,
    atMost: false,
    value: (results) => {
      const posting = page(results, "posting")?.load.requestsPerSecond;
      const baseline = page(results, "baseline")?.load.requestsPerSecond;
      return posting !== undefined && baseline ? Math.round((posting / baseline) * 1000) / 10 : null;
    },
    whyMissed: (results) => {
      const posting = page(results, "posting")?.probe;
      const baseline = page(results, "baseline")?.probe;
      if (!posting || !baseline) return undefined;
      const served = posting.nextCache
        ? `served from Next.js's cache (${posting.nextCache})`
        : "rendered for every request";
      return `${served}; ${Math.round(posting.bytes / 1024)} KB of HTML per request against the baseline's ${Math.round(baseline.bytes / 1024)} KB`;
    },
  },
  {
    measure: "Posting page p99 at 64 connections",
    unit: "ms",
    limit: 50,
    atMost: true,
    value: (results) => page(results, "posting")?.load.p99Ms,
    whyMissed: (results) => queueingNote(64, page(results, "posting")?.load.requestsPerSecond),
  },
  {
    measure: "Posting page Lighthouse mobile performance",
    unit: "",
    limit: 98,
    atMost: false,
    value: (results) => results.lighthouse?.posting.performance,
  },
  {
    measure: "Posting page LCP (mobile)",
    unit: "ms",
    limit: 1200,
    atMost: true,
    value: (results) => results.lighthouse?.posting.lcpMs,
  },
  {
    measure: "Posting page TBT (mobile)",
    unit: "ms",
    limit: 50,
    atMost: true,
    value: (results) => results.lighthouse?.posting.tbtMs,
  },
  {
    measure: "Posting page CLS (mobile)",
    unit: "",
    limit: 0,
    atMost: true,
    value: (results) => results.lighthouse?.posting.cls,
  },
  {
    measure: "Application page Lighthouse mobile performance",
    unit: "",
    limit: 95,
    atMost: false,
    value: (results) => results.lighthouse?.application.performance,
  },
  {
    measure: "Apply p99 at 32 connections (300 KB PDF)",
    unit: "ms",
    limit: 150,
    atMost: true,
    value: (results) => results.apply?.load.p99Ms,
    whyMissed: (results) => queueingNote(32, results.apply?.applicationsPerSecond),
  },
  {
    measure: "Pipeline board first byte p99 (20,000-application job)",
    unit: "ms",
    limit: 150,
    atMost: true,
    value: (results) => results.staff?.board.firstByte.p99Ms,
  },
  {
    measure: "Filtered table first byte p99 (20,000-application job)",
    unit: "ms",
    limit: 150,
    atMost: true,
    value: (results) => results.staff?.table.firstByte.p99Ms,
  },
  {
    measure: "Search first byte p99 (all jobs)",
    unit: "ms",
    limit: 60,
    atMost: true,
    value: (results) => results.staff?.search.firstByte.p99Ms,
  },
  {
    measure: "Stage move p99 (server time)",
    unit: "ms",
    limit: 40,
    atMost: true,
    value: (results) => results.staff?.move.p99Ms,
  },
  {
    measure: "Peak RSS of the app server under load",
    unit: "MB",
    limit: 400,
    atMost: true,
    value: (results) => results.memory?.peakMb,
    whyMissed: (results) => {
      const phases = Object.entries(results.memory?.byPhase ?? {});
      return phases.length > 0 ? `by phase: ${phases.map(([phase, mb]) => `${phase} ${mb} MB`).join(", ")}` : undefined;
    },
  },
];

export function checkBudgets(results: BenchResults): BudgetCheck[] {
  return BUDGETS.map((budget) => {
    const value = budget.value(results) ?? null;
    const budgetText = `${budget.atMost ? "≤" : "≥"} ${format(budget.limit, budget.unit)}`;
    if (value === null || Number.isNaN(value))
      return { measure: budget.measure, value: null, unit: budget.unit, budget: budgetText, status: "not measured" };
    const met = budget.atMost ? value <= budget.limit : value >= budget.limit;
    if (met) return { measure: budget.measure, value, unit: budget.unit, budget: budgetText, status: "pass" };
    const gap = Math.abs(value - budget.limit);
    const relative =
      budget.limit === 0 || budget.unit === "%"
        ? ""
        : ` (${Math.round((gap / budget.limit) * 100)}% ${budget.atMost ? "over" : "under"})`;
    return {
      measure: budget.measure,
      value,
      unit: budget.unit,
      budget: budgetText,
      status: "miss",
      by: `${budget.atMost ? "+" : "−"}${budget.unit === "%" ? `${round(gap)} points` : format(round(gap), budget.unit)}${relative}`,
      note: budget.whyMissed?.(results),
    };
  });
}

export function format(value: number, unit: string): string {
  if (unit === "%") return `${value}%`;
  return unit ? `${value} ${unit}` : String(value);
}

function round(value: number): number {
  return Math.abs(value) >= 10 ? Math.round(value) : Math.round(value * 1000) / 1000;
}
