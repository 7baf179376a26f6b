// The production build served by `next start` and the background worker (scripts/worker.ts), each
// a process of its own as a deployment runs them, so a scenario can kill one (SIGKILL to its
// process group, as a host failure would) and start it again.
import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { withServerHeapLimit } from "../server-heap-limit";

// Not a secret: signs this throwaway server's cookies (production refuses to start without one).
const CHAOS_AUTH_SECRET = "chaos-auth-secret-0123456789-abcdefghijklmnop";

export type AppConfig = {
  root: string;
  port: number;
  databaseUrl: string;
  smtpPort: number;
  /** The storage driver's variables (STORAGE_DIR, or STORAGE_DRIVER=s3 and the S3 ones). */
  storage: Record<string, string>;
  /** BACKGROUND_JOBS=in-app for a server that runs without the worker. */
  extra?: Record<string, string>;
};

export type Process = { pid: number; kill(signal: NodeJS.Signals): Promise<void>; output(): string };

export function appEnv(config: AppConfig): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: config.databaseUrl,
    APP_URL: `http://127.0.0.1:${config.port}`,
    AUTH_SECRET: CHAOS_AUTH_SECRET,
    SMTP_URL: `smtp://127.0.0.1:${config.smtpPort}`,
    // Each simulated candidate names its own address in X-Forwarded-For, as behind a proxy, and
    // the apply limit is above what the run sends.
    TRUST_PROXY: "1",
    RATE_LIMIT_APPLY_PER_HOUR: "100000",
    ...config.storage,
    ...config.extra,
  };
  delete env.TRELLIS_DEV_MAILBOX;
  return env;
}

/** Starts `next start` and resolves once it serves the careers home. */
export async function startApp(config: AppConfig): Promise<Process> {
  const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
  const child = spawn(process.execPath, [nextBin, "start", "-p", String(config.port), "-H", "127.0.0.1"], {
    cwd: config.root,
    env: withServerHeapLimit(appEnv(config)),
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  const app = track(child);
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited (${child.exitCode}):\n${app.output()}`);
    const status = await fetch(`http://127.0.0.1:${config.port}/`).then(
      (response) => response.status,
      () => 0,
    );
    if (status === 200) return app;
    if (Date.now() > deadline) {
      await app.kill("SIGKILL");
      throw new Error(`next start did not serve / within 60 s (last status ${status}):\n${app.output()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Starts `npm run worker`'s script with the app's environment. */
export function startWorker(config: AppConfig): Process {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "--conditions=react-server", path.join(config.root, "scripts/worker.ts")],
    { cwd: config.root, env: appEnv(config), stdio: ["ignore", "pipe", "pipe"], detached: true },
  );
  return track(child);
}

function track(child: ChildProcess): Process {
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    lines.push(chunk.toString());
    if (lines.length > 300) lines.shift();
  };
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  const exited = new Promise<void>((resolve) =>
    child.once("exit", (code, signal) => {
      // Said in the output a failed scenario prints: a worker that died leaves no other trace.
      lines.push(`[exited: ${signal ?? `code ${code}`}]\n`);
      resolve();
    }),
  );
  return {
    pid: child.pid!,
    output: () => lines.join(""),
    async kill(signal) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      try {
        // The whole group: whatever the process started goes with it.
        process.kill(-child.pid!, signal);
      } catch {
        return;
      }
      const force = setTimeout(() => {
        try {
          process.kill(-child.pid!, "SIGKILL");
        } catch {
          // already gone
        }
      }, 30_000);
      await exited;
      clearTimeout(force);
    },
  };
}
