// `npm run worker`: runs the background jobs (lib/queue) against DATABASE_URL until SIGINT or
// SIGTERM. Run as many as you like: they share the work through Postgres. `npm start` and
// `npm run dev` start one themselves.
// Run with the react-server condition (see package.json): lib/ modules import "server-only".
import path from "node:path";
import { fileURLToPath } from "node:url";
import nextEnv from "@next/env";
import { getEnv } from "../lib/env";
import { startWorker, type RunningWorker } from "../lib/queue/start-worker";

const log = (line: string) => console.log(`[worker] ${line}`);

let worker: RunningWorker | undefined;
let stopping = false;

async function main(): Promise<void> {
  // The .env files the app (Next.js) reads: the worker must send mail with the same SMTP_URL.
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
  nextEnv.loadEnvConfig(root, process.env.NODE_ENV === "development", { info: () => undefined, error: console.error });
  const { DATABASE_URL } = getEnv(); // throws a readable message when it is missing
  worker = await startWorker(DATABASE_URL, { log });
  log("Running background jobs (pg-boss, schema pgboss).");
  if (stopping) await stop();
}

async function stop(): Promise<void> {
  try {
    // Running jobs get this long to finish; pg-boss then fails them, and a retry or the next
    // scheduled run picks the work up again.
    await worker?.stop(25_000);
    log("Stopped.");
    process.exit(0);
  } catch (error) {
    console.error(`[worker] Stopping: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}

// pg-boss 10 records a job's outcome without awaiting it (boss.complete / boss.fail in its
// work() loop); when the database goes away at that moment (a restart, a failover) the promise
// is rejected with nobody to hear it, and Node ends the process: the worker then ran no job
// again, as nothing restarted it then (docs/decisions/0047-chaos-run.md, 2026-12-07; `npm
// start` does now). pg-boss 11 needs Node 22. Every loop here is pg-boss's, which catches its
// own errors, and every handler is awaited by it, so such a rejection has stopped no work: it is
// logged and the worker carries on. The lost outcome is pg-boss's to settle: the job stays active
// until it expires, then is retried or failed by its queue's rules.
process.on("unhandledRejection", (reason) => {
  console.error(
    `[worker] Unhandled rejection, carrying on: ${reason instanceof Error ? reason.message : String(reason)}`,
  );
});

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    // Ctrl+C under `npm start` reaches this process twice (terminal and parent): stop once.
    if (stopping) return;
    stopping = true;
    log(`${signal}: finishing running jobs.`);
    // Still starting: main() stops once the start is done.
    if (worker) void stop();
  });
}

main().catch((error: unknown) => {
  console.error(`[worker] ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
