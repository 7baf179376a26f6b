// What the numbers were measured on: they only mean something next to the machine.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import pg from "pg";

export type Machine = {
  cpu: string;
  cores: number;
  memoryGb: number;
  os: string;
  node: string;
  postgres: string;
  next: string;
  chromium: string;
};

export async function describeMachine(databaseUrl: string, chromiumPath: string): Promise<Machine> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const postgres = await client.query<{ server_version: string }>("SHOW server_version").finally(() => client.end());
  const require = createRequire(import.meta.url);
  return {
    cpu: os.cpus()[0]?.model.trim() ?? "unknown",
    cores: os.cpus().length,
    memoryGb: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    os: osName(),
    node: process.version,
    postgres: postgres.rows[0]?.server_version ?? "unknown",
    next: (require("next/package.json") as { version: string }).version,
    chromium:
      commandOutput(chromiumPath, ["--version"])
        .split("\n")
        .find((line) => /chrom/i.test(line))
        ?.replace(/ built on .*$/, "")
        .trim() ?? "unknown",
  };
}

function osName(): string {
  try {
    return (
      /^PRETTY_NAME="?([^"\n]+)"?$/m.exec(readFileSync("/etc/os-release", "utf8"))?.[1] ??
      `${os.type()} ${os.release()}`
    );
  } catch {
    return `${os.type()} ${os.release()}`;
  }
}

function commandOutput(command: string, args: string[]): string {
  try {
    return execFileSync(command, args, { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"], timeout: 20_000 });
  } catch {
    return "";
  }
}

export type LoadAverage = { samples: number; mean: number; highest: number };

/**
 * The 1-minute load average every 10 s while the bench runs. The bench's own load (a server and
 * its load generator) keeps it near the core count in the load phases; well above that, other
 * work shared the cores and every figure of the run is lower than the machine can do.
 */
export function sampleLoadAverage(): { stop(): LoadAverage } {
  const samples = [os.loadavg()[0]!];
  const timer = setInterval(() => samples.push(os.loadavg()[0]!), 10_000);
  timer.unref();
  return {
    stop() {
      clearInterval(timer);
      const round = (value: number) => Math.round(value * 10) / 10;
      return {
        samples: samples.length,
        mean: round(samples.reduce((sum, value) => sum + value, 0) / samples.length),
        highest: round(Math.max(...samples)),
      };
    },
  };
}
