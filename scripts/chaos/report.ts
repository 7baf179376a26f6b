// docs/chaos.md: each scenario, what broke, what was checked with its outcome, and the figures,
// next to the machine and the date they were measured on.
import path from "node:path";
import { writeFormattedMarkdown } from "../write-formatted-markdown";
import type { ScenarioResult } from "./context";
import type { ChaosOptions } from "./options";

export type Machine = {
  cpu: string;
  cores: number;
  memoryGb: number;
  os: string;
  node: string;
  postgres: string;
  next: string;
};

export function scenarioPassed(result: ScenarioResult): boolean {
  return result.checks.length > 0 && result.checks.every((entry) => entry.pass);
}

export async function writeReport(options: {
  file: string;
  chaos: ChaosOptions;
  machine: Machine;
  /** Which build was served, and why it was (re)built. */
  build: string;
  startedAt: Date;
  minutes: number;
  results: ScenarioResult[];
  failure?: string;
}): Promise<void> {
  const { chaos, machine, results } = options;
  const passed = !options.failure && results.length === 5 && results.every(scenarioPassed);
  const lines = [
    "# Chaos run",
    "",
    "Written by `npm run chaos` (scripts/chaos); do not edit by hand. How and why: [decision 0047](decisions/0047-chaos-run.md).",
    "",
    chaos.quick
      ? "> **Quick run** (`npm run chaos -- --quick`): shorter loads and a short SMTP outage. Not the full run the issue asks for."
      : "> Full run (`npm run chaos`).",
    "",
    `- Result: **${passed ? "PASS" : "FAIL"}** (${results.filter(scenarioPassed).length} of ${results.length} scenarios passed${options.failure ? `; the run stopped: ${options.failure}` : ""})`,
    `- Date: ${options.startedAt.toISOString().slice(0, 16).replace("T", " ")} UTC, ${options.minutes} minutes`,
    `- Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGb} GB, ${machine.os}`,
    `- Software: Node.js ${machine.node}, PostgreSQL ${machine.postgres} (a private cluster, restarted by the run), Next.js ${machine.next} (\`next build\` output served by \`next start\`), the worker as its own process (scripts/worker.ts)`,
    `- App: ${options.build}`,
    `- SMTP outage: ${chaos.smtpOutageMs / 60_000} minutes (\`CHAOS_SMTP_OUTAGE_MINUTES\`)`,
    "",
  ];
  results.forEach((result, n) => {
    lines.push(
      `## ${n + 1}. ${result.title}: ${scenarioPassed(result) ? "PASS" : "FAIL"}`,
      "",
      `Fault: ${result.fault}.`,
      "",
      ...(result.skipped ? [`Skipped part: ${result.skipped}.`, ""] : []),
      "| check | result | details |",
      "| --- | --- | --- |",
      ...result.checks.map(
        (entry) => `| ${cell(entry.label)} | ${entry.pass ? "pass" : "**FAIL**"} | ${cell(entry.detail)} |`,
      ),
      "",
      "| figure | value |",
      "| --- | --- |",
      ...result.figures.map(([label, value]) => `| ${cell(label)} | ${cell(value)} |`),
      "",
    );
  });
  await writeFormattedMarkdown(options.file, `${lines.join("\n").trimEnd()}\n`);
}

const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");

export const reportFile = (root: string, dir: string | undefined) =>
  path.join(dir ?? path.join(root, "docs"), "chaos.md");
