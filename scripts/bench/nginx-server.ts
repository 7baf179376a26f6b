// Debian's nginx with the shipped configuration (deploy/nginx/trellis.conf), started in a folder
// of its own for the nginx test (tests/e2e/nginx-cache.spec.ts) and the bench's nginx phase:
// the file's listen port, upstream and cache folder are replaced, nothing else. Its clock can be
// moved ahead (libfaketime, Debian's package faketime) so a test sees a page expire without
// waiting for its s-maxage.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const NGINX_CONFIG_FILE = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  "../../deploy/nginx/trellis.conf",
);
export const NGINX_MISSING = "nginx is not installed (on Debian: apt-get install nginx)";
export const FAKETIME_MISSING = "libfaketime is not installed (on Debian: apt-get install faketime)";

export type NginxServer = {
  url: string;
  port: number;
  /** Moves nginx's wall clock this many seconds ahead of the real one (needs libfaketime). */
  setClockAhead(seconds: number): Promise<void>;
  stop(): Promise<void>;
};

/** The nginx binary, or null when it is not installed. */
export function nginxBinary(): string | null {
  for (const candidate of ["/usr/sbin/nginx", "/usr/local/sbin/nginx", "/usr/local/nginx/sbin/nginx"])
    if (existsSync(candidate)) return candidate;
  const found = spawnSync("sh", ["-c", "command -v nginx"], { encoding: "utf8" });
  return found.status === 0 && found.stdout.trim() ? found.stdout.trim() : null;
}

/** libfaketime's library (its folder is named after the architecture), or null. */
export function fakeTimeLibrary(): string | null {
  const lib = "/usr/lib";
  if (!existsSync(lib)) return null;
  for (const folder of readdirSync(lib)) {
    const candidate = path.join(lib, folder, "faketime", "libfaketime.so.1");
    if (existsSync(candidate)) return candidate;
  }
  return null;
}

/**
 * The shipped configuration with this machine's values. Each replaced line must be found, so a
 * changed file fails here instead of being tested half-replaced.
 */
export function renderSiteConfig(
  config: string,
  values: { port: number; upstream: string; cacheDir: string; extraServer?: string },
): string {
  const replacements: [RegExp, string][] = [
    [/^(\s*)listen 80;/m, `$1listen 127.0.0.1:${values.port};`],
    [/^\s*listen \[::\]:80;\n/m, ""],
    [/^(\s*)server 127\.0\.0\.1:3000;/m, `$1server ${values.upstream};`],
    [/^proxy_cache_path \/var\/cache\/nginx\/trellis /m, `proxy_cache_path ${values.cacheDir} `],
  ];
  let rendered = config;
  for (const [pattern, replacement] of replacements) {
    if (!pattern.test(rendered)) throw new Error(`${NGINX_CONFIG_FILE} has no line matching ${pattern}`);
    rendered = rendered.replace(pattern, replacement);
  }
  return values.extraServer ? `${rendered}\n${values.extraServer}\n` : rendered;
}

/**
 * The top of the file, as Debian's /etc/nginx/nginx.conf has it (its http defaults, gzip on
 * included, so the shipped file is tested where it is meant to go), in the run's folder.
 */
function mainConfig(dir: string, siteFile: string): string {
  const runAsRoot = process.getuid?.() === 0 ? "user root;" : "";
  return `${runAsRoot}
worker_processes 1;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log;
# nginx clears its workers' environment: libfaketime reads these there.
env FAKETIME_TIMESTAMP_FILE;
env FAKETIME_NO_CACHE;
env DONT_FAKE_MONOTONIC;
events { worker_connections 1024; }
http {
  sendfile on;
  tcp_nopush on;
  types_hash_max_size 2048;
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  gzip on;
  client_body_temp_path ${dir}/client-body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  include ${siteFile};
}
`;
}

export async function startNginx(options: {
  port: number;
  /** host:port of the app (or of a stand-in). */
  upstream: string;
  /** Another server block in the same http context (the bench's from-disk baseline). */
  extraServer?: string;
  /** Runs nginx under libfaketime so setClockAhead works. */
  fakeTime?: boolean;
}): Promise<NginxServer> {
  const nginx = nginxBinary();
  if (!nginx) throw new Error(NGINX_MISSING);
  const fakeTimeLib = options.fakeTime ? fakeTimeLibrary() : null;
  if (options.fakeTime && !fakeTimeLib) throw new Error(FAKETIME_MISSING);

  const dir = await mkdtemp(path.join(os.tmpdir(), "trellis-nginx-"));
  const siteFile = path.join(dir, "trellis.conf");
  const clockFile = path.join(dir, "faketime");
  await writeFile(
    siteFile,
    renderSiteConfig(await readFile(NGINX_CONFIG_FILE, "utf8"), {
      port: options.port,
      upstream: options.upstream,
      cacheDir: path.join(dir, "cache"),
      extraServer: options.extraServer,
    }),
  );
  await writeFile(path.join(dir, "nginx.conf"), mainConfig(dir, siteFile));
  await writeFile(clockFile, "+0\n");
  const args = ["-p", dir, "-c", path.join(dir, "nginx.conf")];
  const checked = spawnSync(nginx, ["-t", ...args], { encoding: "utf8" });
  if (checked.status !== 0) {
    await rm(dir, { recursive: true, force: true });
    throw new Error(`nginx -t refused the configuration:\n${checked.stderr}`);
  }

  const env: NodeJS.ProcessEnv = { ...process.env };
  if (fakeTimeLib)
    Object.assign(env, {
      LD_PRELOAD: fakeTimeLib,
      FAKETIME_TIMESTAMP_FILE: clockFile,
      // Read the file on every call (not every 10 s); move only the wall clock, not timers.
      FAKETIME_NO_CACHE: "1",
      DONT_FAKE_MONOTONIC: "1",
    });
  const child: ChildProcess = spawn(nginx, args, { env, stdio: ["ignore", "ignore", "pipe"] });
  let errors = "";
  child.stderr!.on("data", (chunk: Buffer) => (errors += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const url = `http://127.0.0.1:${options.port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      // QUIT: finish the requests in flight, then exit (the workers with it).
      child.kill("SIGQUIT");
      const forced = setTimeout(() => child.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(forced);
    }
    await rm(dir, { recursive: true, force: true });
  };
  try {
    await waitUntilListening(url, child, () => errors);
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    url,
    port: options.port,
    setClockAhead: async (seconds) => {
      if (!fakeTimeLib) throw new Error("nginx was started without fakeTime");
      await writeFile(clockFile, `+${seconds}\n`);
    },
    stop,
  };
}

async function waitUntilListening(url: string, child: ChildProcess, errors: () => string): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`nginx exited with code ${child.exitCode}:\n${errors()}`);
    // Any answer will do (the upstream may not be up yet): nginx is listening.
    const answered = await fetch(`${url}/nginx-started`, { method: "HEAD" }).then(
      () => true,
      () => false,
    );
    if (answered) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`nginx did not listen on ${url} within 15 s:\n${errors()}`);
}
