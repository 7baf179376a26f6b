// Writes benchmarks.md (for people) and benchmarks.json (for tools and for comparing runs).
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { writeFormattedMarkdown } from "../write-formatted-markdown";
import { checkBudgets, format, HTML_BUDGET_KB, TBT_FLOOR_MS, type BudgetCheck } from "./budgets";
import type { LighthouseMeasure } from "./lighthouse";
import type { MemoryPeak } from "./memory";
import { PAGE_CONNECTIONS } from "./pages";
import type { BenchResults } from "./results";
import { staffSortLines } from "./staff-budgets";
import type { HttpTiming } from "./staff";
import type { Timing } from "./timing";

export async function writeReport(
  folder: string,
  results: BenchResults,
): Promise<{ markdown: string; json: string; checks: BudgetCheck[] }> {
  const checks = checkBudgets(results);
  await mkdir(folder, { recursive: true });
  const markdown = path.join(folder, "benchmarks.md");
  const json = path.join(folder, "benchmarks.json");
  await writeFormattedMarkdown(markdown, renderMarkdown(results, checks));
  await writeFile(json, `${JSON.stringify({ ...results, budgets: checks }, null, 2)}\n`);
  return { markdown, json, checks };
}

const number = (value: number) => value.toLocaleString("en");
const row = (cells: (string | number)[]) => `| ${cells.join(" | ")} |`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const STATUS = { pass: "pass", miss: "**MISS**", "not measured": "not measured" } as const;

function renderMarkdown(results: BenchResults, checks: BudgetCheck[]): string {
  const { machine, dataset } = results;
  const lines = [
    "# Benchmarks",
    "",
    `Written by \`npm run bench\` on ${results.date}. Method and reasons: [decision 0017](decisions/0017-benchmark-method.md) and [decision 0045](decisions/0045-bench-side-by-side.md). Figures measured for single decisions (not rewritten by the bench): [measurements.md](measurements.md).`,
    "",
  ];
  if (results.quick) {
    lines.push(
      "> **Quick run** (`--quick`): a small database and short phases, for developing the bench. The figures are not comparable with the budgets, which hold for the full run.",
      "",
    );
  }
  const baseline = results.baselineRef;
  lines.push(
    "## Machine",
    "",
    row(["CPU", "cores", "RAM", "OS", "Node.js", "PostgreSQL", "Next.js", "Chromium"]),
    row(Array(8).fill("---")),
    row([
      machine.cpu,
      machine.cores,
      `${machine.memoryGb} GB`,
      machine.os,
      machine.node,
      machine.postgres,
      machine.next,
      machine.chromium,
    ]),
    "",
    `The 1-minute load average during the run (every 10 s, ${results.loadAverage.samples} samples): mean ${results.loadAverage.mean}, highest ${results.loadAverage.highest} on ${machine.cores} cores. ` +
      "The bench's own server and load generator keep it near the core count while they load; above that, other work shared the cores and every figure here is lower than this machine can do.",
    "",
    "## Data",
    "",
    `${number(dataset.applications)} applications over ${dataset.jobs} jobs (the largest job holds ${number(dataset.largeJobApplications)}), ` +
      `each with a resume of about ${dataset.resumeWords} words of extracted text, a stage history, notes on a third of them and tags on some; ` +
      `the customer's seed posting, legal texts and staff. Loaded in ${dataset.seedSeconds} s; the Application table with its indexes is ${number(dataset.applicationTableMb)} MB.`,
    "",
    baseline && "commit" in baseline
      ? `The baseline ref ("today's main" of the apply cost budget) is \`${baseline.ref}\` (${baseline.commit.slice(0, 10)}: ${baseline.subject.slice(0, 100)}${baseline.subject.length > 100 ? "…" : ""}), checked out with git worktree, given ${baseline.dependencies}, built by the bench and served on its own port against a copy of the bench database.`
      : "No baseline ref was built (`--no-baseline`): the apply cost budget is not measured.",
    "",
    "## Budgets",
    "",
    row(["measure", "result", "budget", "status", "by", "what the run shows"]),
    row(["---", "---:", "---:", "---", "---", "---"]),
    ...checks.map((check) =>
      row([
        check.measure,
        check.value === null ? "–" : format(check.value, check.unit),
        check.budget,
        STATUS[check.status],
        check.by ?? "",
        escapeCell(check.note ?? ""),
      ]),
    ),
    "",
    "A missed budget is reported here with what the run measured about it and does not fail `npm run bench`; a failed request (error, timeout or non-2xx answer) or an acknowledged application missing from the database does.",
    "",
    `Throughputs are ratios of servers loaded one after the other in alternating rounds of the same run; latency is held against a budget only at a fixed arrival rate (open loop). The p99 at ${PAGE_CONNECTIONS} connections below is information: in a closed loop each connection waits for its answer, so its mean latency is connections ÷ throughput. ` +
      `Lighthouse compares each page with the same HTML without its scripts, measured alternately; TBT under ${TBT_FLOOR_MS} ms counts as ${TBT_FLOOR_MS} ms in that ratio. HTML is held to ${HTML_BUDGET_KB} KB before compression.`,
    "",
    ...pagesSection(results),
    ...applySection(results),
    ...staffSection(results),
    ...lighthouseSection(results),
    ...memorySection(results),
  );
  for (const phase of results.phases ?? [])
    for (const section of phase.sections) lines.push(`## ${section.title}`, "", ...section.lines, "");
  if (results.failures.length > 0)
    lines.push("## Failed requests", "", ...results.failures.map((failure) => `- ${escapeCell(failure)}`), "");
  return `${lines.join("\n")}\n`;
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\n/g, " ");
}

function pagesSection(results: BenchResults): string[] {
  const rate = (key: string) => results.pages.find((page) => page.key === key)?.load.requestsPerSecond;
  const percent = (value: number, of: number | undefined) => (of ? `${Math.round((value / of) * 100)}%` : "–");
  const htmlPages = results.pages.filter(
    (page) => page.probe.html && (page.key === "posting" || page.key === "careersHome"),
  );
  const lines = [
    `## Public pages (${PAGE_CONNECTIONS} connections, ${Math.round(results.pages[0]?.load.seconds ?? 0)} s each in total, gzip)`,
    "",
    row([
      "page",
      "server",
      "path",
      "req/s",
      "vs the app's trivial page",
      "vs bare Next.js",
      "p50",
      "p99",
      "failed",
      "served as",
      "bytes",
    ]),
    row(["---", "---", "---", "---:", "---:", "---:", "---:", "---:", "---:", "---", "---:"]),
    ...results.pages.map((page) =>
      row([
        page.label,
        new URL(page.baseUrl).port,
        `\`${page.path}\``,
        number(page.load.requestsPerSecond),
        percent(page.load.requestsPerSecond, rate(page.key.endsWith("NoHeapLimit") ? "trivialNoHeapLimit" : "trivial")),
        percent(page.load.requestsPerSecond, rate("bare")),
        `${page.load.p50Ms} ms`,
        `${page.load.p99Ms} ms`,
        page.load.errors + page.load.timeouts + page.load.non2xx,
        [
          page.probe.nextCache ? `x-nextjs-cache: ${page.probe.nextCache}` : "rendered per request",
          page.probe.cacheControl ? `cache-control: ${page.probe.cacheControl}` : "",
        ]
          .filter(Boolean)
          .join("; "),
        number(page.probe.bytes),
      ]),
    ),
    "",
    "### What the HTML carries (before compression)",
    "",
    row([
      "page",
      "HTML",
      "gzipped",
      "without scripts",
      "script tags",
      "external scripts",
      "inline scripts",
      "React payload",
      "JSON-LD",
    ]),
    row(["---", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:"]),
    ...htmlPages.map((page) => {
      const html = page.probe.html!;
      return row([
        page.label,
        kb(html.bytes),
        kb(html.gzipBytes),
        kb(html.withoutScriptsBytes),
        html.scriptTags,
        html.externalScripts,
        kb(html.inlineScriptBytes),
        kb(html.flightPayloadBytes),
        kb(html.jsonLdBytes),
      ]);
    }),
    "",
  ];
  if (results.noScript)
    lines.push(
      `**Without JavaScript** (the posting's HTML with its scripts removed): ${results.noScript.note}${results.noScript.missingSample ? `; not found: “${results.noScript.missingSample}”` : ""}.`,
      "",
    );
  return lines;
}

function applySection(results: BenchResults): string[] {
  const open = results.applyOpenLoop;
  const lines: string[] = [];
  if (open)
    lines.push(
      `## Applying at a fixed arrival rate (open loop: ${open.ratePerSecond} applications/s for ${open.seconds} s, ${kb(open.resumeBytes)} PDF resume, multipart)`,
      "",
      row(["sent", "p50", "p90", "p99", "max", "failed", "acknowledged", "found in the database", "sender lag (max)"]),
      row(["---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:"]),
      row([
        number(open.sent),
        `${open.latency.p50Ms} ms`,
        `${open.latency.p90Ms} ms`,
        `${open.latency.p99Ms} ms`,
        `${open.latency.maxMs} ms`,
        open.failed,
        number(open.acknowledged),
        number(open.stored),
        `${open.maxSendLagMs} ms`,
      ]),
      "",
      "Each application is sent when it is due whatever the earlier ones are doing, and its latency counts from that moment (no coordinated omission). A warm-up at 4 connections comes first.",
      "",
    );
  const saturation = results.applySaturation ?? [];
  if (saturation.length > 0)
    lines.push(
      `## Applying at saturation (closed loop, ${saturation[0]!.connections} connections, servers alternately)`,
      "",
      row([
        "server",
        "applications/s",
        "rounds",
        "p50",
        "p99",
        "CPU per application",
        "app",
        "Postgres",
        "worker",
        "acknowledged",
        "found in the database",
      ]),
      row(["---", "---:", "---", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:"]),
      ...saturation.map((measure) => {
        const cpu = measure.cpuMsPerApplication;
        return row([
          measure.label,
          measure.applicationsPerSecond,
          measure.perRound.join(", "),
          `${measure.load.p50Ms} ms`,
          `${measure.load.p99Ms} ms`,
          cpu ? `${cpu.total} ms` : "–",
          cpu ? `${cpu.app} ms` : "–",
          cpu ? `${cpu.database} ms` : "–",
          cpu ? `${cpu.worker} ms` : "–",
          number(measure.acknowledged),
          number(measure.stored),
        ]);
      }),
      "",
      "CPU is user + system time from /proc over each measured run: the server's process tree, its background worker's and the Postgres backends connected to its database, divided by the applications it acknowledged in those runs. The app without the heap limit has no worker of its own (the app's worker does its jobs). Acknowledged and found count the warm-ups too.",
      "",
    );
  return lines;
}

function staffSection(results: BenchResults): string[] {
  const staff = results.staff;
  if (!staff) return [];
  const http = (label: string, timing: HttpTiming) => [
    row([`${label}: first byte`, `\`${timing.path}\``, ...timingCells(timing.firstByte)]),
    row([`${label}: whole page`, "", ...timingCells(timing.complete)]),
  ];
  return [
    "## Staff (one request at a time, a signed-in recruiter)",
    "",
    row(["measure", "path", "p50", "p99", "max", "samples"]),
    row(["---", "---", "---:", "---:", "---:", "---:"]),
    ...http("Pipeline board", staff.board),
    ...http("Filtered table", staff.table),
    ...http("Search page", staff.search),
    row(["Search query alone (in process)", "", ...timingCells(staff.searchQuery)]),
    row(["Stage move (moveApplicationStage, in process)", "", ...timingCells(staff.move)]),
    "",
    `Search terms, in turn, with each one's median first byte: ${Object.entries(staff.search.firstByteMedianByPath)
      .map(([path, ms]) => `\`${new URLSearchParams(path.split("?")[1]).get("q")}\` ${ms} ms`)
      .join(
        ", ",
      )}. The stage move is timed around the domain function in the bench's own process against the same database (no HTTP): the board's server action adds only its session check and revalidation to it.`,
    "",
    ...staffSortLines(staff),
  ];
}

function timingCells(timing: Timing): string[] {
  return [`${timing.p50Ms} ms`, `${timing.p99Ms} ms`, `${timing.maxMs} ms`, String(timing.samples)];
}

function lighthouseSection(results: BenchResults): string[] {
  const lighthouse = results.lighthouse;
  if (!lighthouse) return [];
  const line = (label: string, measure: LighthouseMeasure) =>
    row([
      label,
      `\`${new URL(measure.url).pathname}\``,
      measure.performance,
      `${measure.lcpMs} ms`,
      `${measure.tbtMs} ms`,
      measure.cls,
      `${measure.scriptKb} KB`,
      measure.perRun.map((run) => `${run.performance}/${Math.round(run.lcpMs)}/${Math.round(run.tbtMs)}`).join(", "),
    ]);
  return [
    "## Lighthouse 12, mobile (median of the runs; page and static copy alternately)",
    "",
    row(["page", "path", "performance", "LCP", "TBT", "CLS", "JavaScript (transferred)", "runs (score/LCP/TBT)"]),
    row(["---", "---", "---:", "---:", "---:", "---:", "---:", "---"]),
    line("Posting page", lighthouse.posting.page),
    line("Posting page as static HTML without scripts", lighthouse.posting.staticCopy),
    line("Careers home", lighthouse.careersHome.page),
    line("Careers home as static HTML without scripts", lighthouse.careersHome.staticCopy),
    line("Application page (information)", lighthouse.application),
    "",
    "The static copies are the pages' HTML as the app served it in this run with every script removed and the CSS kept, served with gzip by a small static server in the bench process (with the build's CSS and fonts).",
    "",
  ];
}

function memorySection(results: BenchResults): string[] {
  const describe = (memory: MemoryPeak) =>
    `${memory.peakMb} MB (sampled sum over the server and its children every 200 ms: ${memory.sampledPeakMb} MB; the server process's own high-water mark, VmHWM: ${memory.serverHighWaterMb} MB); ` +
    `by phase: ${Object.entries(memory.byPhase)
      .map(([phase, mb]) => `${phase} ${mb} MB`)
      .join(", ")}`;
  const memory = results.memory;
  if (!memory) return ["## Memory", "", "Not measured (needs Linux's /proc).", ""];
  return [
    "## Memory",
    "",
    `Peak resident memory of the app server (with the heap limit it ships with) over the whole run: ${describe(memory)}.`,
    "",
    results.memoryNoHeapLimit
      ? `The same build without the heap limit, loaded side by side in the public pages and saturation phases: ${describe(results.memoryNoHeapLimit)}.`
      : "",
    "",
  ];
}
