// The background worker (scripts/worker.ts) as a child of `npm start` / `npm run dev`, so a
// local install runs its jobs without a second command. Production runs `npm run worker` under
// its own process manager, which restarts it; here this file does.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

export interface WorkerProcess {
  /** Passes a stop signal on (a `kill` of the parent reaches only the parent). */
  signal(signal: NodeJS.Signals): void;
  /** Asks the worker to finish its running jobs and waits for it to exit. */
  stop(): Promise<void>;
}

export interface WorkerProcessOptions {
  /** The worker's script, relative to `root` (tests run a stand-in). */
  script?: string;
  /** The pause before each restart in a row; the last one repeats. */
  restartDelaysMs?: readonly number[];
  /** A worker that ran this long before it exited was healthy: its restart waits the first pause. */
  healthyAfterMs?: number;
}

// The worker waits 25 s for running jobs; past this it is killed.
const STOP_TIMEOUT_MS = 30_000;
// A worker that cannot start (the database still down) is tried again at a slowing pace, rather
// than in a tight loop, and never given up on: until it runs, email stays pending. Not
// lib/utils/retry.ts: that retries an operation within a limit, and its pauses cannot be cancelled.
const RESTART_DELAYS_MS = [1_000, 2_000, 5_000, 10_000];
const HEALTHY_AFTER_MS = 60_000;

export function startWorkerProcess(
  root: string,
  env: NodeJS.ProcessEnv,
  log: (line: string) => void,
  options: WorkerProcessOptions = {},
): WorkerProcess {
  const script = path.join(root, options.script ?? "scripts/worker.ts");
  const delays = options.restartDelaysMs ?? RESTART_DELAYS_MS;
  const healthyAfterMs = options.healthyAfterMs ?? HEALTHY_AFTER_MS;
  let stopping = false;
  let child: ChildProcess | undefined;
  let exited = Promise.resolve();
  let restartTimer: NodeJS.Timeout | undefined;
  let restartsInARow = 0;

  const start = () => {
    const startedAt = Date.now();
    const started = spawn(process.execPath, ["--import", "tsx", "--conditions=react-server", script], {
      cwd: root,
      env,
      stdio: "inherit",
    });
    child = started;
    exited = new Promise<void>((resolve) => {
      let ended = false;
      // Node may emit both 'error' and 'exit' for one child: one restart for both.
      const end = (why: string) => {
        if (ended) return;
        ended = true;
        child = undefined;
        resolve();
        if (stopping) return;
        if (Date.now() - startedAt >= healthyAfterMs) restartsInARow = 0;
        const delay = delays[Math.min(restartsInARow, delays.length - 1)] ?? 0;
        restartsInARow += 1;
        restartTimer = setTimeout(() => {
          restartTimer = undefined;
          log(`Starting the background worker again (restart ${restartsInARow} in a row).`);
          start();
        }, delay);
        log(`The background worker ${why}; starting it again in ${delay / 1000} s (jobs and email wait until then).`);
      };
      started.once("error", (error) => end(`could not start (${error.message})`));
      started.once("exit", (code, signal) => end(`exited (${signal ?? `code ${code}`})`));
    });
  };
  start();

  // Stopping is for good: a restart already scheduled is cancelled, and no exit schedules another.
  const stopRestarts = () => {
    stopping = true;
    clearTimeout(restartTimer);
    restartTimer = undefined;
  };
  return {
    signal(signal) {
      stopRestarts(); // the parent forwards SIGINT and SIGTERM only when it is stopping
      child?.kill(signal);
    },
    async stop() {
      stopRestarts();
      const running = child;
      if (!running) return;
      running.kill("SIGTERM");
      const timer = setTimeout(() => running.kill("SIGKILL"), STOP_TIMEOUT_MS);
      await exited;
      clearTimeout(timer);
    },
  };
}
