// `npm test`: everything CI runs, in order, stopping at the first failure. The last line is
// always `N passed, M failed` (tests across vitest and Playwright); CI reads it.
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";

type Counts = { passed: number; failed: number };
type Stage = {
  name: string;
  bin: string;
  args: (reportFile: string) => string[];
  env?: (reportFile: string) => Record<string, string>;
  /** Test counts from the stage's JSON report, when it writes one. */
  counts?: (reportFile: string) => Counts | null;
};
type Result = { name: string; status: "passed" | "failed" | "skipped"; seconds: number; counts: Counts | null };

const vitestCounts = (file: string): Counts | null => {
  const report = readJson<{ numPassedTests: number; numFailedTests: number }>(file);
  return report ? { passed: report.numPassedTests, failed: report.numFailedTests } : null;
};

const playwrightCounts = (file: string): Counts | null => {
  const report = readJson<{ stats: { expected: number; unexpected: number; flaky: number } }>(file);
  // Retries are off, so nothing can be "flaky"; if it ever is, it did fail once: count it failed.
  return report ? { passed: report.stats.expected, failed: report.stats.unexpected + report.stats.flaky } : null;
};

const vitest = (project: string): Stage => ({
  name: `vitest ${project}`,
  bin: "vitest",
  args: (report) => [
    "run",
    "--project",
    project,
    "--reporter=default",
    "--reporter=json",
    `--outputFile.json=${report}`,
  ],
  counts: vitestCounts,
});

const STAGES: Stage[] = [
  { name: "eslint", bin: "eslint", args: () => ["."] },
  { name: "tsc --noEmit", bin: "tsc", args: () => ["--noEmit"] },
  vitest("unit"),
  vitest("integration"),
  { name: "next build", bin: "next", args: () => ["build"], env: () => ({ NEXT_TELEMETRY_DISABLED: "1" }) },
  {
    name: "playwright",
    bin: "playwright",
    args: () => ["test"],
    // playwright.config.ts adds a JSON reporter writing here, beside its list and HTML reports.
    env: (report) => ({ NEXT_TELEMETRY_DISABLED: "1", E2E_JSON_REPORT: report }),
    counts: playwrightCounts,
  },
];

async function main(): Promise<void> {
  const reportDir = await mkdtemp(path.join(os.tmpdir(), "trellis-test-all-"));
  const results: Result[] = [];
  let failed = false;
  try {
    for (const [index, stage] of STAGES.entries()) {
      if (failed) {
        results.push({ name: stage.name, status: "skipped", seconds: 0, counts: null });
        continue;
      }
      const reportFile = path.join(reportDir, `stage-${index}.json`);
      console.log(`\n━━ ${stage.name} ━━`);
      const started = performance.now();
      const exitCode = await run(stage, reportFile);
      const seconds = (performance.now() - started) / 1000;
      let counts = stage.counts && existsSync(reportFile) ? stage.counts(reportFile) : null;
      if (exitCode !== 0) {
        failed = true;
        // A stage that fails without a failing test (lint, a file that does not load, a server
        // that does not start) still counts as one failure: the last line never says
        // "0 failed" about a red run.
        if (!counts || counts.failed === 0) counts = { passed: counts?.passed ?? 0, failed: 1 };
      }
      results.push({ name: stage.name, status: exitCode === 0 ? "passed" : "failed", seconds, counts });
    }
  } finally {
    await rm(reportDir, { recursive: true, force: true });
  }
  printSummary(results);
  process.exitCode = failed ? 1 : 0;
}

function run(stage: Stage, reportFile: string): Promise<number> {
  const bin = path.resolve("node_modules", ".bin", stage.bin);
  return new Promise((resolve) => {
    const child = spawn(bin, stage.args(reportFile), {
      stdio: "inherit",
      env: { ...process.env, ...stage.env?.(reportFile) },
    });
    child.on("error", (error) => {
      console.error(`Could not run ${stage.bin}: ${error.message} (did \`npm install\` run?)`);
      resolve(1);
    });
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

function printSummary(results: Result[]): void {
  const width = Math.max(...results.map((result) => result.name.length));
  console.log("\n━━ Summary ━━");
  for (const result of results) {
    const time = result.status === "skipped" ? "" : `${result.seconds.toFixed(1)} s`;
    const tests = result.counts ? `  ${result.counts.passed} passed, ${result.counts.failed} failed` : "";
    console.log(`${result.name.padEnd(width)}  ${result.status.padEnd(7)}  ${time.padStart(8)}${tests}`);
  }
  const total = results.reduce(
    (sum, result) => ({
      passed: sum.passed + (result.counts?.passed ?? 0),
      failed: sum.failed + (result.counts?.failed ?? 0),
    }),
    { passed: 0, failed: 0 },
  );
  console.log(`${total.passed} passed, ${total.failed} failed`);
}

function readJson<T>(file: string): T | null {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as T;
  } catch {
    return null;
  }
}

await main();
