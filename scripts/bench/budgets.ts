// The performance budgets of issue 16, as ratios taken side by side in one run, cost per
// request and latency at a fixed arrival rate (decision 0045), and how each measure of a run
// stands against its budget. A miss is reported with its size and its measured cause; it does
// not fail the run (failed requests do: run.ts).
import type { BenchResults } from "./results";
import type { PageKey, PageMeasure } from "./pages";
import { STAFF_BUDGETS } from "./staff-budgets";

export type BudgetCheck = {
  measure: string;
  value: number | null;
  unit: string;
  /** "≤ 150 ms", "≥ 95%". */
  budget: string;
  status: "pass" | "miss" | "not measured";
  /** How far from the budget a miss is, e.g. "+12 ms (24% over)". */
  by?: string;
  /** What the run's own figures say about a miss (its measured cause). */
  note?: string;
};

export type Budget = {
  measure: string;
  unit: string;
  limit: number;
  atMost: boolean;
  value: (results: BenchResults) => number | null | undefined;
  whyMissed?: (results: BenchResults) => string | undefined;
};

/** The HTML size budget, before compression. */
export const HTML_BUDGET_KB = 25;
/** Lighthouse's LCP and TBT may exceed the static copy's by this much (percent). */
export const LIGHTHOUSE_MARGIN = 10;
/**
 * TBT below this counts as this in the ratio: Lighthouse counts only the part of each task past
 * 50 ms, so a page without scripts often scores 0 ms and any ratio to it would be undefined.
 */
export const TBT_FLOOR_MS = 10;

const page = (results: BenchResults, key: PageKey) => results.pages.find((measure) => measure.key === key);
const perSecond = (results: BenchResults, key: PageKey) => page(results, key)?.load.requestsPerSecond;
const ratio = (part: number | undefined, whole: number | undefined, digits = 1) =>
  part !== undefined && whole ? Math.round((part / whole) * 100 * 10 ** digits) / 10 ** digits : null;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** Why a page serves fewer requests than the trivial one: how it was served and what it weighs. */
function throughputCause(results: BenchResults, key: PageKey): string | undefined {
  const measured = page(results, key);
  const trivial = page(results, "trivial");
  if (!measured || !trivial) return undefined;
  const served = measured.probe.nextCache
    ? `served from Next.js's cache (${measured.probe.nextCache})`
    : "rendered for every request";
  const html = measured.probe.html;
  const trivialHtml = trivial.probe.html;
  return (
    `${served}; ${kb(measured.probe.bytes)} of HTML (${html ? kb(html.gzipBytes) : "?"} gzipped) per request against the trivial page's ` +
    `${kb(trivial.probe.bytes)} (${trivialHtml ? kb(trivialHtml.gzipBytes) : "?"}): compressing and sending the bytes is the difference`
  );
}

function htmlCause(results: BenchResults, key: PageKey): string | undefined {
  const html = page(results, key)?.probe.html;
  if (!html) return undefined;
  return (
    `${html.scriptTags} script tags (${html.externalScripts} external); inline scripts ${kb(html.inlineScriptBytes)}, ` +
    `of which React's payload ${kb(html.flightPayloadBytes)} and JSON-LD ${kb(html.jsonLdBytes)}; the HTML without scripts is ${kb(html.withoutScriptsBytes)}`
  );
}

/** The app's trivial page against the bare Next.js app's: what the app adds to every response. */
function frameworkCause(results: BenchResults): string | undefined {
  const app = page(results, "trivial")?.probe;
  const bare = page(results, "bare")?.probe;
  if (!app || !bare) return undefined;
  const added = app.headerNames.filter((name) => !bare.headerNames.includes(name));
  return (
    `${app.headerCount} response headers (${app.headerBytes} bytes) against ${bare.headerCount} (${bare.headerBytes} bytes)` +
    (added.length ? `, added: ${added.join(", ")}` : "") +
    `; HTML ${kb(app.bytes)} against ${kb(bare.bytes)}`
  );
}

function lighthouseRatio(results: BenchResults, key: "posting" | "careersHome", metric: "lcpMs" | "tbtMs") {
  const pair = results.lighthouse?.[key];
  if (!pair) return null;
  const floor = metric === "tbtMs" ? TBT_FLOOR_MS : 0;
  return ratio(Math.max(pair.page[metric], floor), Math.max(pair.staticCopy[metric], floor), 0);
}

function lighthouseCause(results: BenchResults, key: "posting" | "careersHome"): string | undefined {
  const pair = results.lighthouse?.[key];
  if (!pair) return undefined;
  return (
    `page: performance ${pair.page.performance}, LCP ${pair.page.lcpMs} ms, TBT ${pair.page.tbtMs} ms, ${pair.page.scriptKb} KB of JavaScript; ` +
    `static copy without scripts: ${pair.staticCopy.performance}, LCP ${pair.staticCopy.lcpMs} ms, TBT ${pair.staticCopy.tbtMs} ms`
  );
}

function publicPageBudgets(key: "posting" | "careersHome", name: string): Budget[] {
  return [
    {
      measure: `${name} throughput vs the app's trivial page`,
      unit: "%",
      limit: 95,
      atMost: false,
      value: (results) => ratio(perSecond(results, key), perSecond(results, "trivial")),
      whyMissed: (results) => throughputCause(results, key),
    },
    {
      measure: `${name} HTML before compression`,
      unit: "KB",
      limit: HTML_BUDGET_KB,
      atMost: true,
      value: (results) => {
        const bytes = page(results, key)?.probe.bytes;
        return bytes === undefined ? null : Math.round((bytes / 1024) * 10) / 10;
      },
      whyMissed: (results) => htmlCause(results, key),
    },
    {
      measure: `${name} Lighthouse mobile performance`,
      unit: "",
      limit: 100,
      atMost: false,
      value: (results) => results.lighthouse?.[key]?.page.performance,
      whyMissed: (results) => lighthouseCause(results, key),
    },
    ...(["LCP", "TBT"] as const).map((metric): Budget => ({
      measure: `${name} ${metric} vs the same page as static HTML without scripts`,
      unit: "%",
      limit: 100 + LIGHTHOUSE_MARGIN,
      atMost: true,
      value: (results) => lighthouseRatio(results, key, metric === "LCP" ? "lcpMs" : "tbtMs"),
      whyMissed: (results) => lighthouseCause(results, key),
    })),
    {
      measure: `${name} CLS (mobile)`,
      unit: "",
      limit: 0,
      atMost: true,
      value: (results) => results.lighthouse?.[key]?.page.cls,
    },
  ];
}

/** Throughput lost to the heap limit: 100 − with ÷ without, in percent (negative: the limit cost nothing). */
function heapCost(withLimit: number | undefined, withoutLimit: number | undefined): number | null {
  return withLimit !== undefined && withoutLimit ? Math.round((1 - withLimit / withoutLimit) * 1000) / 10 : null;
}

const saturation = (results: BenchResults, key: string) =>
  results.applySaturation?.find((measure) => measure.key === key);

function applyCostCause(results: BenchResults): string | undefined {
  const parts = (key: string) => {
    const measure = saturation(results, key);
    const cpu = measure?.cpuMsPerApplication;
    return measure
      ? `${measure.label} ${measure.applicationsPerSecond}/s` +
          (cpu
            ? `, CPU ${cpu.total} ms per application (app ${cpu.app}, Postgres ${cpu.database}, worker ${cpu.worker})`
            : "")
      : undefined;
  };
  return [parts("app"), parts("baselineRef")].filter(Boolean).join("; ");
}

function openLoopCause(results: BenchResults): string | undefined {
  const open = results.applyOpenLoop;
  const app = saturation(results, "app");
  if (!open) return undefined;
  const cpu = app?.cpuMsPerApplication;
  const cores = results.machine.cores;
  return (
    `p50 ${open.latency.p50Ms} ms, p90 ${open.latency.p90Ms} ms, max ${open.latency.maxMs} ms` +
    (app?.applicationsPerSecond
      ? `; the server saturates at ${app.applicationsPerSecond}/s, so ${open.ratePerSecond}/s keeps it ${Math.round((open.ratePerSecond / app.applicationsPerSecond) * 100)}% busy`
      : "; the server acknowledged no application at saturation") +
    (cpu
      ? ` (${cpu.total} ms of CPU per application × ${open.ratePerSecond}/s = ${Math.round((cpu.total * open.ratePerSecond) / 10) / 100} of ${cores} cores)`
      : "") +
    `; this process sent at most ${open.maxSendLagMs} ms late`
  );
}

export const BUDGETS: readonly Budget[] = [
  ...publicPageBudgets("posting", "Posting page"),
  {
    measure: "Posting read and Apply reached without JavaScript",
    unit: "yes/no",
    limit: 1,
    atMost: false,
    value: (results) => (results.noScript ? (results.noScript.passed ? 1 : 0) : null),
    whyMissed: (results) => results.noScript?.note,
  },
  ...publicPageBudgets("careersHome", "Careers home"),
  {
    measure: "Framework overhead: the app's trivial page vs a bare Next.js app's",
    unit: "%",
    limit: 90,
    atMost: false,
    value: (results) => ratio(perSecond(results, "trivial"), perSecond(results, "bare")),
    whyMissed: frameworkCause,
  },
  {
    measure: "Applying at 20/s, open loop (300 KB PDF): p99",
    unit: "ms",
    limit: 150,
    atMost: true,
    value: (results) => results.applyOpenLoop?.latency.p99Ms,
    whyMissed: openLoopCause,
  },
  {
    measure: "Applying at 20/s: failed requests",
    unit: "",
    limit: 0,
    atMost: true,
    value: (results) => results.applyOpenLoop?.failed,
    whyMissed: (results) => results.applyOpenLoop?.firstFailure,
  },
  {
    measure: "Applying at 20/s: acknowledged but not in the database",
    unit: "",
    limit: 0,
    atMost: true,
    value: (results) =>
      results.applyOpenLoop ? results.applyOpenLoop.acknowledged - results.applyOpenLoop.stored : null,
  },
  {
    measure: "Applications/s at saturation vs the baseline ref",
    unit: "×",
    limit: 3,
    atMost: false,
    value: (results) => {
      const app = saturation(results, "app")?.applicationsPerSecond;
      const base = saturation(results, "baselineRef")?.applicationsPerSecond;
      return app !== undefined && base ? Math.round((app / base) * 100) / 100 : null;
    },
    whyMissed: applyCostCause,
  },
  ...STAFF_BUDGETS,
  {
    measure: "Peak RSS of the app server over the whole run",
    unit: "MB",
    limit: 300,
    atMost: true,
    value: (results) => results.memory?.peakMb,
    whyMissed: (results) => {
      const phases = Object.entries(results.memory?.byPhase ?? {});
      return phases.length > 0 ? `by phase: ${phases.map(([phase, mb]) => `${phase} ${mb} MB`).join(", ")}` : undefined;
    },
  },
  ...(
    [
      ["trivial page", "trivial", "trivialNoHeapLimit"],
      ["posting page", "posting", "postingNoHeapLimit"],
    ] as const
  ).map(([name, withKey, withoutKey]): Budget => ({
    measure: `Heap limit's cost in throughput: ${name}`,
    unit: "%",
    limit: 5,
    atMost: true,
    value: (results) => heapCost(perSecond(results, withKey), perSecond(results, withoutKey)),
    whyMissed: (results) => heapCause(results, page(results, withKey), page(results, withoutKey)),
  })),
  {
    measure: "Heap limit's cost in throughput: applying at saturation",
    unit: "%",
    limit: 5,
    atMost: true,
    value: (results) =>
      heapCost(
        saturation(results, "app")?.applicationsPerSecond,
        saturation(results, "appNoHeapLimit")?.applicationsPerSecond,
      ),
    whyMissed: (results) => {
      const withLimit = saturation(results, "app")?.cpuMsPerApplication?.app;
      const without = saturation(results, "appNoHeapLimit")?.cpuMsPerApplication?.app;
      return withLimit !== undefined && without !== undefined
        ? `app server CPU per application ${withLimit} ms with the limit, ${without} ms without (garbage collection)` +
            memoryNote(results)
        : undefined;
    },
  },
];

function heapCause(results: BenchResults, withLimit?: PageMeasure, without?: PageMeasure): string | undefined {
  if (!withLimit || !without) return undefined;
  return `${withLimit.load.requestsPerSecond} req/s with the limit, ${without.load.requestsPerSecond} without${memoryNote(results)}`;
}

function memoryNote(results: BenchResults): string {
  const without = results.memoryNoHeapLimit?.peakMb;
  return without !== undefined && results.memory
    ? `; peak RSS ${results.memory.peakMb} MB with the limit, ${without} MB without`
    : "";
}

export function checkBudgets(results: BenchResults): BudgetCheck[] {
  const phaseBudgets: Budget[] = (results.phases ?? []).flatMap((phase) =>
    phase.budgets.map((budget) => ({
      measure: budget.measure,
      unit: budget.unit,
      limit: budget.limit,
      atMost: budget.atMost,
      value: () => budget.value,
      whyMissed: () => budget.note,
    })),
  );
  return [...BUDGETS, ...phaseBudgets].map((budget) => {
    const value = budget.value(results) ?? null;
    const budgetText = `${budget.atMost ? "≤" : "≥"} ${format(budget.limit, budget.unit)}`;
    if (value === null || Number.isNaN(value))
      return { measure: budget.measure, value: null, unit: budget.unit, budget: budgetText, status: "not measured" };
    const met = budget.atMost ? value <= budget.limit : value >= budget.limit;
    if (met) return { measure: budget.measure, value, unit: budget.unit, budget: budgetText, status: "pass" };
    const gap = Math.abs(value - budget.limit);
    const relative =
      budget.limit === 0 || budget.unit === "%" || budget.unit === "yes/no"
        ? ""
        : ` (${Math.round((gap / budget.limit) * 100)}% ${budget.atMost ? "over" : "under"})`;
    return {
      measure: budget.measure,
      value,
      unit: budget.unit,
      budget: budgetText,
      status: "miss",
      by:
        budget.unit === "yes/no"
          ? ""
          : `${budget.atMost ? "+" : "−"}${budget.unit === "%" ? `${round(gap)} points` : format(round(gap), budget.unit)}${relative}`,
      note: budget.whyMissed?.(results),
    };
  });
}

export function format(value: number, unit: string): string {
  if (unit === "%") return `${value}%`;
  if (unit === "×") return `${value}×`;
  if (unit === "yes/no") return value >= 1 ? "yes" : "no";
  return unit ? `${value} ${unit}` : String(value);
}

function round(value: number): number {
  return Math.abs(value) >= 10 ? Math.round(value) : Math.round(value * 1000) / 1000;
}
