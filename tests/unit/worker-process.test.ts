// `npm start` supervises its background worker: one that exits is started again, and stopping is
// for good. The worker here is tests/support/flaky-worker.ts, with short pauses between restarts.
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { startWorkerProcess, type WorkerProcess } from "../../scripts/worker-process";

const root = fileURLToPath(new URL("../..", import.meta.url));
const RESTART_DELAYS_MS = [10, 20];
// Longer than any pause above: a restart that was going to happen has been logged by then.
const GRACE_MS = 1_000;

let dir: string;
let worker: WorkerProcess | undefined;

afterEach(async () => {
  await worker?.stop();
  worker = undefined;
  rmSync(dir, { recursive: true, force: true });
});

function startFlakyWorker(failures: number, log: (line: string) => void): WorkerProcess {
  dir = mkdtempSync(path.join(os.tmpdir(), "trellis-worker-process-"));
  const env = { ...process.env, FLAKY_WORKER_DIR: dir, FLAKY_WORKER_FAILURES: String(failures) };
  return startWorkerProcess(root, env, log, {
    script: "tests/support/flaky-worker.ts",
    restartDelaysMs: RESTART_DELAYS_MS,
  });
}

const starts = () => readFileSync(path.join(dir, "starts"), "utf8").trim().split("\n").length;

async function waitForFile(name: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (!existsSync(path.join(dir, name))) {
    if (Date.now() > deadline) throw new Error(`${name} did not appear within 60 s`);
    await sleep(50);
  }
}

describe("startWorkerProcess", () => {
  it("starts the worker again each time it exits, and not after stop()", { timeout: 90_000 }, async () => {
    const lines: string[] = [];
    worker = startFlakyWorker(2, (line) => lines.push(line));
    await waitForFile("running");
    expect(starts()).toBe(3);
    expect(lines.filter((line) => line.includes("exited (code 1); starting it again"))).toHaveLength(2);
    expect(lines.filter((line) => line.startsWith("Starting the background worker again"))).toHaveLength(2);

    await worker.stop();
    expect(existsSync(path.join(dir, "stopped"))).toBe(true);
    await sleep(GRACE_MS);
    expect(starts()).toBe(3);
    expect(lines.filter((line) => line.startsWith("Starting the background worker again"))).toHaveLength(2);
  });

  it("cancels a restart not yet started when stopped, and stop() then resolves", { timeout: 90_000 }, async () => {
    const lines: string[] = [];
    let stopped: Promise<void> | undefined;
    worker = startFlakyWorker(99, (line) => {
      lines.push(line);
      // The restart is scheduled when this line is logged: stop in that window.
      if (line.includes("starting it again") && !stopped) {
        worker?.signal("SIGTERM");
        stopped = worker?.stop();
      }
    });
    const deadline = Date.now() + 60_000;
    while (!stopped && Date.now() < deadline) await sleep(50);
    await expect(stopped).resolves.toBeUndefined();
    await sleep(GRACE_MS);
    expect(starts()).toBe(1);
    expect(lines.filter((line) => line.startsWith("Starting the background worker again"))).toEqual([]);
  });
});
