// The background worker (scripts/worker.ts) as a child of `npm start` / `npm run dev`, so a
// local install runs its jobs without a second command. Production runs `npm run worker`.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

export interface WorkerProcess {
  /** Passes a stop signal on (a `kill` of the parent reaches only the parent). */
  signal(signal: NodeJS.Signals): void;
  /** Asks the worker to finish its running jobs and waits for it to exit. */
  stop(): Promise<void>;
}

// The worker waits 25 s for running jobs; past this it is killed.
const STOP_TIMEOUT_MS = 30_000;

export function startWorkerProcess(root: string, env: NodeJS.ProcessEnv, log: (line: string) => void): WorkerProcess {
  let stopping = false;
  let child: ChildProcess | undefined = spawn(
    process.execPath,
    ["--import", "tsx", "--conditions=react-server", path.join(root, "scripts/worker.ts")],
    { cwd: root, env, stdio: "inherit" },
  );
  const exited = new Promise<void>((resolve) => {
    const ended = (why: string) => {
      if (!stopping) log(`The background worker ${why}; emails that failed stay pending until it runs again.`);
      child = undefined;
      resolve();
    };
    child?.once("error", (error) => ended(`could not start (${error.message})`));
    child?.once("exit", (code, signal) => ended(`exited (${signal ?? `code ${code}`})`));
  });

  return {
    signal(signal) {
      stopping = true; // the parent forwards SIGINT and SIGTERM only when it is stopping
      child?.kill(signal);
    },
    async stop() {
      stopping = true;
      if (!child) return;
      child.kill("SIGTERM");
      const timer = setTimeout(() => child?.kill("SIGKILL"), STOP_TIMEOUT_MS);
      await exited;
      clearTimeout(timer);
    },
  };
}
