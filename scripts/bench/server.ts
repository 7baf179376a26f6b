// Builds the production app and serves it with `next start` on the bench's own port, against
// the bench database, as a deployment would run it (NODE_ENV=production, SMTP, an auth secret,
// a background worker).
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { withServerHeapLimit } from "../server-heap-limit";

export type BenchServer = { pid: number; baseUrl: string; storageDir: string; stop(): Promise<void> };

// Not a secret: signs this throwaway server's cookies (production refuses to start without one).
const BENCH_AUTH_SECRET = "bench-auth-secret-0123456789-abcdefghijklmnop";
const nextBin = () => createRequire(import.meta.url).resolve("next/dist/bin/next");

/**
 * Pages Next.js rendered at run time (the postings, incremental static regeneration) and keeps
 * in .next between starts. They hold this run's data, so they are removed before the server
 * starts and after it stops, as the end-to-end server does (tests/e2e/support/start-e2e-server.ts).
 */
function runtimePageCache(root: string): string {
  return path.join(root, ".next", "server", "route-cache");
}

export async function buildApp(root: string, log: (line: string) => void): Promise<void> {
  log("Building the app (next build)…");
  const started = Date.now();
  await run(process.execPath, [nextBin(), "build"], {
    cwd: root,
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
  });
  log(`Built in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

export async function startServer(options: {
  root: string;
  port: number;
  databaseUrl: string;
  smtpPort: number;
  log: (line: string) => void;
}): Promise<BenchServer> {
  const { root, port, log } = options;
  const baseUrl = `http://127.0.0.1:${port}`;
  const storageDir = await mkdtemp(path.join(os.tmpdir(), "trellis-bench-uploads-"));
  await rm(runtimePageCache(root), { recursive: true, force: true });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: options.databaseUrl,
    APP_URL: baseUrl,
    AUTH_SECRET: BENCH_AUTH_SECRET,
    SMTP_URL: `smtp://127.0.0.1:${options.smtpPort}`,
    STORAGE_DIR: storageDir,
    // The load arrives from one address; each simulated candidate names its own in
    // X-Forwarded-For, as a load balancer would, so the apply limit counts per candidate.
    TRUST_PROXY: "1",
  };
  delete env.TRELLIS_DEV_MAILBOX;
  // The heap limit `npm start` gives the server (decision 0023): the bench measures what we ship.
  const serverEnv = withServerHeapLimit(env);
  const child = spawn(process.execPath, [nextBin(), "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: root,
    env: serverEnv,
    stdio: ["ignore", "pipe", "pipe"],
  });
  // One background worker beside it, as a deployment runs (`npm run worker`): work the app
  // queues, such as reading each resume's text, is still done on this machine during the load.
  const worker = spawn(
    process.execPath,
    ["--import", "tsx", "--conditions=react-server", path.join(root, "scripts/worker.ts")],
    { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] },
  );
  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    output.push(chunk.toString());
    if (output.length > 200) output.shift();
  };
  for (const process_ of [child, worker]) {
    process_.stdout!.on("data", keep);
    process_.stderr!.on("data", keep);
  }
  const stop = () =>
    Promise.all([stopChild(child), stopChild(worker)])
      .then(() =>
        Promise.all([
          rm(storageDir, { recursive: true, force: true }),
          rm(runtimePageCache(root), { recursive: true, force: true }),
        ]),
      )
      .then(() => undefined);
  try {
    await waitUntilServing(`${baseUrl}/bench-baseline`, child, 60_000);
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}\n--- next start output ---\n${output.join("")}`);
  }
  log(`next start is serving ${baseUrl} (pid ${child.pid}; worker pid ${worker.pid})`);
  return { pid: child.pid!, baseUrl, storageDir, stop };
}

async function waitUntilServing(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with code ${child.exitCode}`);
    const status = await fetch(url).then(
      (response) => response.status,
      () => 0,
    );
    if (status === 200) return;
    if (status !== 0)
      throw new Error(`${url} answered ${status}: is app/bench-baseline in the build? (run without --no-build)`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`next start did not serve ${url} within ${timeoutMs / 1000} s`);
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill("SIGKILL"), 10_000);
    child.once("exit", () => {
      clearTimeout(force);
      resolve();
    });
    child.kill("SIGTERM");
  });
}

function run(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...options, stdio: "inherit" });
    child.once("error", reject);
    child.once("exit", (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`${path.basename(args[0] ?? command)} ${args.slice(1).join(" ")} exited with code ${code}`)),
    );
  });
}
