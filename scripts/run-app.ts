// `npm start` (`run-app.ts start`) and `npm run dev` (`run-app.ts dev`): one command from a fresh
// clone to a running app. Without DATABASE_URL it starts the embedded Postgres (data in
// .data/pglite); then it applies migrations, seeds, and runs Next.js with that database, on
// 127.0.0.1 only in local mode (docs/decisions/0027-local-mode.md).
import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import nextEnv from "@next/env";
import { PrismaPg } from "@prisma/adapter-pg";
import { type EmbeddedPostgres, startEmbeddedPostgres } from "../lib/embedded-postgres";
import { PrismaClient } from "../lib/generated/prisma/client";
import { seedDatabase } from "../prisma/seed";
import { type DemoStaffChoice, demoStaffChoice } from "../prisma/seed-data/staff";
import { planListening } from "./listen-hostname";
import { ensureLocalAuthSecret } from "./local-auth-secret";
import { migrateDatabase } from "./db/migrate";
import { buildIsStale } from "./next-build-state";
import { withServerHeapLimit } from "./server-heap-limit";
import { startWorkerProcess, type WorkerProcess } from "./worker-process";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const log = (line: string) => console.log(`[trellis] ${line}`);

let embedded: EmbeddedPostgres | undefined;
let child: ChildProcess | undefined;
let worker: WorkerProcess | undefined;
let stopping = false;

async function main(): Promise<number> {
  const mode = process.argv[2];
  if (mode !== "start" && mode !== "dev") {
    console.error("Usage: tsx scripts/run-app.ts start|dev");
    return 2;
  }
  // The same .env files Next.js reads, so a DATABASE_URL kept there is honoured here too.
  nextEnv.loadEnvConfig(root, mode === "dev", { info: () => undefined, error: console.error });
  const port = Number(process.env.PORT || 3000);
  await assertPortFree(port);
  const demoStaff = demoStaffChoice(process.env.SEED_DEMO_STAFF);
  // Local mode (no DATABASE_URL: the embedded Postgres; or `npm run dev`) listens on this machine
  // only, since its development mailbox shows sign-in links (decision 0027).
  const listening = planListening({ local: !process.env.DATABASE_URL || mode === "dev", env: process.env });

  let databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    embedded = await startEmbeddedPostgres({ dataDir: path.join(root, ".data/pglite") });
    databaseUrl = embedded.url;
    log(`DATABASE_URL is not set: using the embedded Postgres in .data/pglite (${databaseUrl}).`);
  }
  // Local mode (embedded database or `npm run dev`): a generated secret; a deployment sets its own.
  if (!process.env.AUTH_SECRET && (embedded || mode === "dev"))
    process.env.AUTH_SECRET = ensureLocalAuthSecret(root, log);
  // Local mode without a mail server: show outgoing email at /dev/mailbox (never in a deployment).
  if (!process.env.SMTP_URL && (embedded || mode === "dev")) process.env.TRELLIS_DEV_MAILBOX = "1";
  if (stopping) return 130;
  await migrateDatabase(databaseUrl, log);
  await seed(databaseUrl, demoStaff);
  if (stopping) return 130;

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    NEXT_TELEMETRY_DISABLED: "1",
  };
  // The embedded server runs one Postgres session for every socket and can interleave the
  // protocol messages of two busy connections, so in embedded mode the app keeps one connection
  // and runs no separate worker (without SMTP_URL, mail is captured at once and needs no retry).
  if (embedded) env.DATABASE_POOL_MAX = "1";
  // One process on the embedded Postgres: no other instance to tell about revalidated pages.
  if (embedded) env.REVALIDATION_SYNC = "0";
  // Links in emails (sign-in, status page) must point at this server when PORT is not 3000.
  env.APP_URL ??= `http://localhost:${port}`;
  if (!embedded || process.env.SMTP_URL) worker = startWorkerProcess(root, env, log);
  else {
    log("Embedded Postgres without SMTP_URL: no background worker needed (mail goes to /dev/mailbox).");
    // Without a worker, the app itself reads uploaded documents' text after each response.
    env.BACKGROUND_JOBS = "in-app";
  }
  if (mode === "start") {
    const rebuild = process.env.TRELLIS_REBUILD === "1" ? "TRELLIS_REBUILD=1" : await buildIsStale(root);
    if (rebuild) {
      log(`Building the app (${rebuild}).`);
      const code = await runNext(["build"], env);
      if (code !== 0 || stopping) return code || 130;
    } else {
      log("The build in .next is up to date (set TRELLIS_REBUILD=1 to force a build).");
    }
  }
  // The production server gets a heap limit (decision 0023); `next dev` and `next build` need more.
  const serverEnv = withSocketAddressHook(mode === "start" ? withServerHeapLimit(env) : env);
  log(listening.note);
  const running = runNext(
    [mode, "--port", String(port), ...(listening.hostname ? ["--hostname", listening.hostname] : [])],
    serverEnv,
  );
  announceWhenListening(port, listening.probeHost);
  return running;
}

async function seed(databaseUrl: string, demoStaff: DemoStaffChoice): Promise<void> {
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) });
  try {
    const seeded = await seedDatabase(prisma, { demoStaff });
    log(`Seed data is in place. ${seeded.demoStaffNote}`);
  } finally {
    await prisma.$disconnect();
  }
}

/**
 * The server learns each request's TCP peer from this hook, preloaded before Next.js creates its
 * HTTP server: with no proxy in front (TRUST_PROXY=0) rate limits count that address, since
 * Next.js keeps an X-Forwarded-For the client made up (lib/rate-limit/client-address.ts).
 */
function withSocketAddressHook(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const hook = pathToFileURL(path.join(root, "lib/rate-limit/socket-address-hook.js")).href;
  return { ...env, NODE_OPTIONS: `${env.NODE_OPTIONS?.trim() ?? ""} --import=${hook}`.trim() };
}

/** Runs the project's own Next.js CLI; resolves with its exit code. */
function runNext(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
  return new Promise((resolve) => {
    const started = spawn(process.execPath, [nextBin, ...args], { cwd: root, env, stdio: "inherit" });
    child = started;
    started.on("error", (error) => {
      console.error(`[trellis] Could not run next ${args[0]}: ${error.message}`);
      resolve(1);
    });
    started.on("exit", (code, signal) => {
      child = undefined;
      // Killed by a signal: the shell convention, 128 + its number.
      resolve(code ?? 128 + (signal ? os.constants.signals[signal] : 0));
    });
  });
}

/** Next prints its own banner; this line is the one to look for (and the one scripts wait on). */
function announceWhenListening(port: number, host: string): void {
  const deadline = Date.now() + 10 * 60_000;
  const attempt = () => {
    if (!child || stopping || Date.now() > deadline) return;
    const socket = net.connect({ port, host });
    socket.once("connect", () => {
      socket.destroy();
      log(`Trellis is ready: http://localhost:${port}`);
    });
    socket.once("error", () => {
      socket.destroy();
      setTimeout(attempt, 250);
    });
  };
  attempt();
}

/** Fails early and clearly, and keeps the readiness check from mistaking another server for ours. */
function assertPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", (error: NodeJS.ErrnoException) =>
      reject(
        error.code === "EADDRINUSE"
          ? new Error(`Port ${port} is already in use: stop that server or set PORT.`)
          : error,
      ),
    );
    probe.listen(port, () => probe.close(() => resolve()));
  });
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    stopping = true;
    // With a child running, its exit ends main(); before that, main() checks `stopping`.
    child?.kill(signal);
    worker?.signal(signal);
  });
}

async function shutdown(code: number): Promise<never> {
  await worker?.stop();
  await embedded
    ?.stop()
    .catch((error: Error) => console.error(`[trellis] Stopping the embedded Postgres: ${error.message}`));
  process.exit(code);
}

main().then(shutdown, async (error: unknown) => {
  console.error(`[trellis] ${error instanceof Error ? error.message : String(error)}`);
  await shutdown(1);
});
