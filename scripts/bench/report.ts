// Writes benchmarks.md (for people) and benchmarks.json (for tools and for comparing runs).
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { APPLY_CONNECTIONS } from "./apply";
import { checkBudgets, format, type BudgetCheck } from "./budgets";
import { PAGE_CONNECTIONS } from "./pages";
import type { HttpTiming } from "./staff";
import type { Timing } from "./timing";
import type { BenchResults } from "./results";

export async function writeReport(
  folder: string,
  results: BenchResults,
): Promise<{ markdown: string; json: string; checks: BudgetCheck[] }> {
  const checks = checkBudgets(results);
  await mkdir(folder, { recursive: true });
  const markdown = path.join(folder, "benchmarks.md");
  const json = path.join(folder, "benchmarks.json");
  await writeFile(markdown, renderMarkdown(results, checks));
  await writeFile(json, `${JSON.stringify({ ...results, budgets: checks }, null, 2)}\n`);
  return { markdown, json, checks };
}

const number = (value: number) => value.toLocaleString("en");
const row = (cells: (string | number)[]) => `| ${cells.join(" | ")} |`;
const STATUS = { pass: "pass", miss: "**MISS**", "not measured": "not measured" } as const;

function renderMarkdown(results: BenchResults, checks: BudgetCheck[]): string {
  const { machine, dataset } = results;
  const lines = [
    "# Benchmarks",
    "",
    `Written by \`npm run bench\` on ${results.date}. Method and reasons: [decision 0017](decisions/0017-benchmark-method.md). Figures measured for single decisions (not rewritten by the bench): [measurements.md](measurements.md).`,
    "",
  ];
  if (results.quick) {
    lines.push(
      "> **Quick run** (`--quick`): a small database and short phases, for developing the bench. The figures are not comparable with the budgets, which hold for the full run.",
      "",
    );
  }
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
    "## Data",
    "",
    `${number(dataset.applications)} applications over ${dataset.jobs} jobs (the largest job holds ${number(dataset.largeJobApplications)}), ` +
      `each with a resume of about ${dataset.resumeWords} words of extracted text, a stage history, notes on a third of them and tags on some; ` +
      `the customer's seed posting, legal texts and staff. Loaded in ${dataset.seedSeconds} s; the Application table with its indexes is ${number(dataset.applicationTableMb)} MB.`,
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
        check.note ?? "",
      ]),
    ),
    "",
    `A missed budget is reported here and does not fail \`npm run bench\`; a failed request (error, timeout or non-2xx answer) does.`,
    "",
    // Little's law: worth saying next to the latency budgets, which it ties to throughput.
    `With a fixed number of connections each one waits for its answer before it sends again, so the mean latency is connections ÷ throughput: ` +
      `p99 ≤ 50 ms at ${PAGE_CONNECTIONS} connections needs well over ${number(Math.round(PAGE_CONNECTIONS / 0.05))} requests/s, ` +
      `p99 ≤ 150 ms at ${APPLY_CONNECTIONS} connections well over ${Math.round(APPLY_CONNECTIONS / 0.15)} applications/s.`,
    "",
    ...pagesSection(results),
    ...applySection(results),
    ...staffSection(results),
    ...lighthouseSection(results),
    ...memorySection(results),
  );
  if (results.failures.length > 0)
    lines.push("## Failed requests", "", ...results.failures.map((failure) => `- ${failure}`), "");
  return `${lines.join("\n")}\n`;
}

function pagesSection(results: BenchResults): string[] {
  const baseline = results.pages.find((page) => page.key === "baseline")?.load.requestsPerSecond;
  return [
    `## Public pages (64 connections, ${results.pages[0]?.load.seconds ?? 0} s each in total, gzip)`,
    "",
    row(["page", "path", "req/s", "vs baseline", "p50", "p99", "failed", "served as", "bytes"]),
    row(["---", "---", "---:", "---:", "---:", "---:", "---:", "---", "---:"]),
    ...results.pages.map((page) =>
      row([
        page.label,
        `\`${page.path}\``,
        number(page.load.requestsPerSecond),
        baseline ? `${Math.round((page.load.requestsPerSecond / baseline) * 100)}%` : "–",
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
  ];
}

function applySection(results: BenchResults): string[] {
  const apply = results.apply;
  if (!apply) return [];
  return [
    `## Applying (32 connections, ${apply.load.seconds} s, ${Math.round(apply.resumeBytes / 1024)} KB PDF resume, multipart)`,
    "",
    row([
      "applications/s",
      "p50",
      "p90",
      "p99",
      "max",
      "failed",
      "acknowledged",
      "found in the database",
      "confirmations sent",
    ]),
    row(["---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:", "---:"]),
    row([
      apply.applicationsPerSecond,
      `${apply.load.p50Ms} ms`,
      `${apply.load.p90Ms} ms`,
      `${apply.load.p99Ms} ms`,
      `${apply.load.maxMs} ms`,
      apply.load.errors + apply.load.timeouts + apply.load.non2xx,
      number(apply.acknowledged),
      number(apply.stored),
      number(apply.emailsSent),
    ]),
    "",
    "Acknowledged and found count the warm-up's applications too. Confirmation emails go out over SMTP after the response (to a sink in the bench), so some are still on their way when the load stops.",
    "",
  ];
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
  ];
}

function timingCells(timing: Timing): string[] {
  return [`${timing.p50Ms} ms`, `${timing.p99Ms} ms`, `${timing.maxMs} ms`, String(timing.samples)];
}

function lighthouseSection(results: BenchResults): string[] {
  const lighthouse = results.lighthouse;
  if (!lighthouse) return [];
  const line = (label: string, measure: typeof lighthouse.posting) =>
    row([
      label,
      `\`${new URL(measure.url).pathname}\``,
      measure.performance,
      `${measure.lcpMs} ms`,
      `${measure.tbtMs} ms`,
      measure.cls,
      `${measure.scriptKb} KB`,
      measure.runs,
    ]);
  return [
    "## Lighthouse 12, mobile (median of the runs)",
    "",
    row(["page", "path", "performance", "LCP", "TBT", "CLS", "JavaScript (transferred)", "runs"]),
    row(["---", "---", "---:", "---:", "---:", "---:", "---:", "---:"]),
    line("Posting page", lighthouse.posting),
    line("Application page", lighthouse.application),
    "",
  ];
}

function memorySection(results: BenchResults): string[] {
  const memory = results.memory;
  if (!memory) return ["## Memory", "", "Not measured (needs Linux's /proc).", ""];
  return [
    "## Memory",
    "",
    `Peak resident memory of the app server during the run (all phases): ${memory.peakMb} MB ` +
      `(sampled sum over the server and its children every 200 ms: ${memory.sampledPeakMb} MB; the server process's own high-water mark, VmHWM: ${memory.serverHighWaterMb} MB). ` +
      `Processes: ${memory.processes.map((entry) => `\`${entry}\``).join(", ")}.`,
    "",
    `Peak by phase: ${Object.entries(memory.byPhase)
      .map(([phase, mb]) => `${phase} ${mb} MB`)
      .join(", ")}.`,
    "",
  ];
}
