// Builds the production app and serves it with `next start` on the bench's own port, against
// the bench database, as a deployment would run it (NODE_ENV=production, SMTP, an auth secret,
// a background worker).
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { withServerHeapLimit } from "../server-heap-limit";

export type BenchServer = {
  /** The `next start` process; its tree holds the server (memory.ts, cpu.ts). */
  pid: number;
  /** The background worker's process, when one runs beside it. */
  workerPid?: number;
  port: number;
  baseUrl: string;
  storageDir: string;
  /** What the server and its worker printed as errors (first lines, no stack), for a run with failed requests. */
  errorLines(): string[];
  stop(): Promise<void>;
};

// Not a secret: signs this throwaway server's cookies (production refuses to start without one).
const BENCH_AUTH_SECRET = "bench-auth-secret-0123456789-abcdefghijklmnop";
/** Next.js as installed for the app in `root` (the project, a bare app or a baseline checkout). */
const nextBin = (root: string) => createRequire(path.join(root, "package.json")).resolve("next/dist/bin/next");

/**
 * Pages Next.js rendered at run time (the postings, incremental static regeneration) and keeps
 * in .next between starts. They hold this run's data, so they are removed before the server
 * starts and after it stops, as the end-to-end server does (tests/e2e/support/start-e2e-server.ts).
 */
function runtimePageCache(root: string): string {
  return path.join(root, ".next", "server", "route-cache");
}

export async function buildApp(
  root: string,
  log: (line: string) => void,
  options: { label?: string; args?: string[]; quiet?: boolean } = {},
): Promise<void> {
  const label = options.label ?? "the app";
  log(`Building ${label} (next build)…`);
  const started = Date.now();
  await run(process.execPath, [nextBin(root), "build", ...(options.args ?? [])], {
    cwd: root,
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
    quiet: options.quiet,
  });
  log(`Built ${label} in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

export async function startServer(options: {
  root: string;
  port: number;
  databaseUrl: string;
  smtpPort: number;
  log: (line: string) => void;
  /** What the log calls it ("the app", "the baseline ref"…). */
  label?: string;
  /** The heap limit `npm start` gives the server (decision 0023); off only to measure its cost. */
  heapLimit?: boolean;
  /**
   * Whether this server owns .next/server/route-cache (cleared at start and stop). A second
   * server on the same build shares the first one's cache and leaves it alone.
   */
  ownsPageCache?: boolean;
  /** Whether a background worker runs beside it (default yes; a second server of the same build shares the first one's). */
  worker?: boolean;
}): Promise<BenchServer> {
  const { root, port, log } = options;
  const label = options.label ?? "the app";
  const ownsPageCache = options.ownsPageCache ?? true;
  const baseUrl = `http://127.0.0.1:${port}`;
  const storageDir = await mkdtemp(path.join(os.tmpdir(), "trellis-bench-uploads-"));
  if (ownsPageCache) await rm(runtimePageCache(root), { recursive: true, force: true });
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
  const serverEnv = options.heapLimit === false ? env : withServerHeapLimit(env);
  const child = spawn(process.execPath, [nextBin(root), "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: root,
    env: serverEnv,
    stdio: ["ignore", "pipe", "pipe"],
  });
  // One background worker beside it, as a deployment runs (`npm run worker`): work the app
  // queues, such as reading each resume's text, is still done on this machine during the load.
  const worker =
    options.worker === false
      ? undefined
      : spawn(
          process.execPath,
          ["--import", "tsx", "--conditions=react-server", path.join(root, "scripts/worker.ts")],
          {
            cwd: root,
            env,
            stdio: ["ignore", "pipe", "pipe"],
          },
        );
  const output: string[] = [];
  const errors: string[] = [];
  const keep = (chunk: Buffer) => {
    output.push(chunk.toString());
    if (output.length > 200) output.shift();
    for (const line of chunk.toString().split("\n"))
      if (isErrorLine(line) && errors.length < 50) errors.push(line.trim());
  };
  for (const process_ of worker ? [child, worker] : [child]) {
    process_.stdout!.on("data", keep);
    process_.stderr!.on("data", keep);
  }
  const stop = () =>
    Promise.all([stopChild(child), worker ? stopChild(worker) : undefined])
      .then(() =>
        Promise.all([
          rm(storageDir, { recursive: true, force: true }),
          ownsPageCache ? rm(runtimePageCache(root), { recursive: true, force: true }) : undefined,
        ]),
      )
      .then(() => undefined);
  try {
    await waitUntilServing(`${baseUrl}/bench-baseline`, child, 60_000);
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}\n--- next start output ---\n${output.join("")}`);
  }
  log(`next start is serving ${label} on ${baseUrl} (pid ${child.pid}${worker ? `; worker pid ${worker.pid}` : ""})`);
  return { pid: child.pid!, workerPid: worker?.pid, port, baseUrl, storageDir, errorLines: () => [...errors], stop };
}

/**
 * Next.js prints an error answered with a 500 as "⨯ Error: …" followed by its stack: the first
 * line names the cause; the stack would name this machine's folders.
 */
function isErrorLine(line: string): boolean {
  return /⨯|\b\w*Error\b/.test(line) && !/^\s+at /.test(line);
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

/** Serves a build that has no database and no worker (the bare Next.js app): `next start` alone. */
export async function startPlainServer(options: {
  root: string;
  port: number;
  readyPath: string;
  label: string;
  log: (line: string) => void;
}): Promise<BenchServer> {
  const baseUrl = `http://127.0.0.1:${options.port}`;
  const child = spawn(
    process.execPath,
    [nextBin(options.root), "start", "-p", String(options.port), "-H", "127.0.0.1"],
    {
      cwd: options.root,
      env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
      stdio: ["ignore", "ignore", "pipe"],
    },
  );
  const errors: string[] = [];
  child.stderr!.on("data", (chunk: Buffer) => errors.push(chunk.toString()));
  const stop = () => stopChild(child);
  try {
    await waitUntilServing(`${baseUrl}${options.readyPath}`, child, 60_000);
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}\n${errors.join("").slice(-2000)}`);
  }
  options.log(`next start is serving ${options.label} on ${baseUrl} (pid ${child.pid})`);
  const errorLines = () =>
    errors
      .join("")
      .split("\n")
      .filter(isErrorLine)
      .map((line) => line.trim())
      .slice(0, 50);
  return { pid: child.pid!, port: options.port, baseUrl, storageDir: "", errorLines, stop };
}

export function run(
  command: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; quiet?: boolean },
): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: options.quiet ? ["ignore", "pipe", "pipe"] : "inherit",
    });
    const output: string[] = [];
    child.stdout?.on("data", (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr?.on("data", (chunk: Buffer) => output.push(chunk.toString()));
    child.once("error", reject);
    child.once("exit", (code) =>
      code === 0
        ? resolve(output.join(""))
        : reject(
            new Error(
              `${path.basename(args[0] ?? command)} ${args.slice(1).join(" ")} exited with code ${code}\n${output.join("").slice(-3000)}`,
            ),
          ),
    );
  });
}
