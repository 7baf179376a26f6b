// A Postgres cluster of a test's own (initdb + pg_ctl from the installed server binaries), for
// fault tests that stop or restart the server: the shared server other test files use at the
// same time is never touched (docs/decisions/0037-fault-tests.md).
import { execFile } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { chown, mkdtemp, rm } from "node:fs/promises";
import { createServer, type AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

/** The directory holding initdb and pg_ctl, newest version first; null when none is installed. */
export function findPostgresBinaries(): string | null {
  const candidates = [process.env.PG_BIN_DIR, ...installedVersions()].filter(Boolean) as string[];
  return candidates.find((dir) => existsSync(path.join(dir, "initdb")) && existsSync(path.join(dir, "pg_ctl"))) ?? null;
}

function installedVersions(): string[] {
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .sort((a, b) => Number(b) - Number(a))
    .map((version) => path.join(root, version, "bin"));
}

/** A loopback port that was free a moment ago. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
    probe.on("error", reject);
  });
}

export type PrivatePostgres = {
  /** postgresql:// URL of the `postgres` database, trust auth. */
  url: string;
  bin: string;
  /** pg_ctl restart -m fast: open connections are cut, the server is back when this resolves. */
  restart(): Promise<void>;
  /** Runs one of the cluster's client programs (pg_dump, pg_restore, createdb) against it. */
  client(program: string, args: string[]): Promise<string>;
  stop(): Promise<void>;
};

// initdb and postgres refuse to run as root (CI runs as root): run them as the postgres user.
const asOwner = (command: string, args: string[]): [string, string[]] =>
  process.getuid?.() === 0
    ? ["setpriv", ["--reuid=postgres", "--regid=postgres", "--init-groups", command, ...args]]
    : [command, args];

export async function startPrivatePostgres(bin: string): Promise<PrivatePostgres> {
  const root = await mkdtemp(path.join(tmpdir(), "trellis-private-pg-"));
  if (process.getuid?.() === 0) {
    const { stdout } = await run("id", ["-u", "postgres"]);
    const { stdout: group } = await run("id", ["-g", "postgres"]);
    await chown(root, Number(stdout), Number(group));
  }
  const dataDir = path.join(root, "data");
  const port = await freePort();
  const exec = async (program: string, args: string[]) => {
    const [command, fullArgs] = asOwner(path.join(bin, program), args);
    const { stdout } = await run(command, fullArgs, { cwd: root, maxBuffer: 64 * 1024 * 1024 });
    return stdout;
  };
  // Its own socket directory and port: nothing collides with the machine's server.
  const options = `-c listen_addresses=127.0.0.1 -p ${port} -k ${root} -c fsync=off -c full_page_writes=off`;
  const pgCtl = (action: string, extra: string[] = []) =>
    exec("pg_ctl", [action, "-D", dataDir, "-w", "-t", "120", "-l", path.join(root, "server.log"), ...extra]);

  await exec("initdb", ["-D", dataDir, "-U", "postgres", "--auth=trust", "--no-sync", "-E", "UTF8", "--no-locale"]);
  await pgCtl("start", ["-o", options]);
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    bin,
    restart: async () => {
      await pgCtl("restart", ["-m", "fast", "-o", options]);
    },
    client: async (program, args) => {
      const connection = ["-h", "127.0.0.1", "-p", String(port), "-U", "postgres"];
      const { stdout } = await run(path.join(bin, program), [...connection, ...args], { maxBuffer: 64 * 1024 * 1024 });
      return stdout;
    },
    stop: async () => {
      await pgCtl("stop", ["-m", "immediate"]).catch(() => undefined);
      await rm(root, { recursive: true, force: true });
    },
  };
}
