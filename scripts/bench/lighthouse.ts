// Lighthouse 12 (its CLI, in its own process) in its default mobile mode (simulated slow 4G and
// a 4x slower CPU) on Debian's Chromium, with the server idle. Each metric is the median of the
// runs: a single mobile run varies by about ±5%.
import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { CHROMIUM_ARGS } from "../../tests/support/chromium";
import { median } from "./timing";

export type LighthouseMeasure = {
  url: string;
  runs: number;
  performance: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  /** JavaScript transferred (compressed), in KB. */
  scriptKb: number;
  perRun: LighthouseRun[];
};

type LighthouseRun = { performance: number; lcpMs: number; tbtMs: number; cls: number; scriptKb: number };

// Lighthouse sometimes loses the trace of a load (NO_NAVSTART, NO_FCP) on a busy machine: that
// run measured nothing, so it is retried rather than counted.
const ATTEMPTS = 3;

export type LighthousePair = { page: LighthouseMeasure; staticCopy: LighthouseMeasure };

export async function measureLighthouse(
  url: string,
  runs: number,
  chromiumPath: string,
  log: (line: string) => void,
): Promise<LighthouseMeasure> {
  const perRun: LighthouseRun[] = [];
  for (let run = 0; run < runs; run += 1) perRun.push(await runWithRetries(url, chromiumPath, log));
  return summarize(url, perRun);
}

/**
 * A page and its static copy without scripts, alternately (page, copy, page, copy…) so the
 * machine's load at each moment weighs on both alike; each metric is the median of its runs.
 */
export async function measureLighthousePair(
  pageUrl: string,
  staticUrl: string,
  runs: number,
  chromiumPath: string,
  log: (line: string) => void,
): Promise<LighthousePair> {
  const pageRuns: LighthouseRun[] = [];
  const staticRuns: LighthouseRun[] = [];
  for (let run = 0; run < runs; run += 1) {
    pageRuns.push(await runWithRetries(pageUrl, chromiumPath, log));
    staticRuns.push(await runWithRetries(staticUrl, chromiumPath, log));
  }
  return { page: summarize(pageUrl, pageRuns), staticCopy: summarize(staticUrl, staticRuns) };
}

async function runWithRetries(url: string, chromiumPath: string, log: (line: string) => void): Promise<LighthouseRun> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await runOnce(url, chromiumPath);
    } catch (error) {
      if (attempt === ATTEMPTS) throw error;
      log(`  Lighthouse failed on ${url} (${(error as Error).message.split("\n")[0]}), trying again`);
    }
  }
}

function summarize(url: string, perRun: LighthouseRun[]): LighthouseMeasure {
  const metric = (pick: (run: LighthouseRun) => number) => median(perRun.map(pick));
  return {
    url,
    runs: perRun.length,
    performance: metric((run) => run.performance),
    lcpMs: Math.round(metric((run) => run.lcpMs)),
    tbtMs: Math.round(metric((run) => run.tbtMs)),
    cls: Math.round(metric((run) => run.cls) * 1000) / 1000,
    scriptKb: Math.round(metric((run) => run.scriptKb) * 10) / 10,
    perRun,
  };
}

type Audit = { numericValue?: number; details?: { items?: { resourceType?: string; transferSize?: number }[] } };
type Report = {
  categories: { performance: { score: number | null } };
  audits: Record<string, Audit>;
  runtimeError?: { message: string };
};

async function runOnce(url: string, chromiumPath: string): Promise<LighthouseRun> {
  const folder = await mkdtemp(path.join(os.tmpdir(), "trellis-bench-lighthouse-"));
  try {
    const output = path.join(folder, "report.json");
    await runCli(
      [
        url,
        "--output=json",
        `--output-path=${output}`,
        "--only-categories=performance",
        `--chrome-flags=${["--headless=new", ...CHROMIUM_ARGS].join(" ")}`,
        "--quiet",
      ],
      { ...process.env, CHROME_PATH: chromiumPath },
    );
    const report = JSON.parse(await readFile(output, "utf8")) as Report;
    const score = report.categories.performance.score;
    if (report.runtimeError || score === null)
      throw new Error(`Lighthouse could not measure ${url}: ${report.runtimeError?.message ?? "no score"}`);
    const scripts = report.audits["resource-summary"]?.details?.items?.find((item) => item.resourceType === "script");
    return {
      performance: Math.round(score * 100),
      lcpMs: report.audits["largest-contentful-paint"]?.numericValue ?? Number.NaN,
      tbtMs: report.audits["total-blocking-time"]?.numericValue ?? Number.NaN,
      cls: report.audits["cumulative-layout-shift"]?.numericValue ?? Number.NaN,
      scriptKb: (scripts?.transferSize ?? 0) / 1024,
    };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

function runCli(args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  const require = createRequire(import.meta.url);
  const manifest = require("lighthouse/package.json") as { bin: Record<string, string> };
  const cli = path.join(path.dirname(require.resolve("lighthouse/package.json")), manifest.bin.lighthouse!);
  return new Promise((resolve, reject) => {
    const errors: string[] = [];
    const child = spawn(process.execPath, [cli, ...args], { env, stdio: ["ignore", "ignore", "pipe"] });
    child.stderr!.on("data", (chunk: Buffer) => errors.push(chunk.toString()));
    child.once("error", reject);
    child.once("exit", (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`lighthouse exited with code ${code}: ${errors.join("").slice(-2000)}`)),
    );
  });
}
