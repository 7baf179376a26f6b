// Embedded Postgres for `npm start` / `npm run dev` without DATABASE_URL, and for tests: PGlite
// (Postgres compiled to WebAssembly) served over the wire protocol on loopback, so the app,
// Prisma Client and the migration engine all talk to it exactly as to a real server.
// Plain Node module (no "server-only"): scripts and tests import it.
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

/** Pass as `dataDir` for a throwaway database that lives only in memory. */
export const IN_MEMORY = "memory://";

export interface EmbeddedPostgresOptions {
  /** Folder holding the data, created when missing; `IN_MEMORY` for a throwaway database. */
  dataDir?: string;
  /** TCP port on 127.0.0.1; omitted or 0 picks a free one. */
  port?: number;
  /**
   * Sockets accepted at once. PGlite runs one query at a time whatever this is; the limit only
   * has to exceed every pool pointed at it (app 10, migrations, seed), or `pg` sees its
   * connections closed.
   */
  maxConnections?: number;
}

export interface EmbeddedPostgres {
  url: string;
  stop(): Promise<void>;
}

export async function startEmbeddedPostgres({
  dataDir = ".data/pglite",
  port = 0,
  maxConnections = 64,
}: EmbeddedPostgresOptions = {}): Promise<EmbeddedPostgres> {
  const persistent = dataDir !== IN_MEMORY;
  const lockFile = persistent ? `${path.resolve(dataDir)}.lock` : undefined;
  if (lockFile) {
    await mkdir(path.dirname(lockFile), { recursive: true });
    await takeLock(lockFile, dataDir);
  }

  let db: PGlite | undefined;
  let server: PGLiteSocketServer | undefined;
  try {
    // pg_trgm backs the applications search index (its migration runs CREATE EXTENSION); PGlite
    // ships it in the package, but only loads the extensions it is given here.
    db = await PGlite.create(persistent ? path.resolve(dataDir) : IN_MEMORY, { extensions: { pg_trgm } });
    server = new PGLiteSocketServer({ db, host: "127.0.0.1", port, maxConnections });
    await server.start();
  } catch (error) {
    await server?.stop().catch(() => undefined);
    await db?.close().catch(() => undefined);
    if (lockFile) await releaseLock(lockFile);
    throw error;
  }

  // getServerConn() reports the port the OS picked when we asked for 0.
  const url = `postgresql://postgres@${server.getServerConn()}/postgres`;
  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      await server.stop();
      // Detaching a socket may still roll back its open transaction on the next ticks.
      await new Promise((resolve) => setTimeout(resolve, 20));
      await db.close();
      if (lockFile) await releaseLock(lockFile);
    })();
    return stopping;
  };
  return { url, stop };
}

const openedHere = new Set<string>();

/**
 * PGlite has no postmaster guarding its folder: two processes opening the same data would
 * corrupt it. A pid file turns that into a clear error (e.g. `npm run dev` started twice).
 */
async function takeLock(lockFile: string, dataDir: string): Promise<void> {
  try {
    await writeFile(lockFile, String(process.pid), { flag: "wx" });
    openedHere.add(lockFile);
    return;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  const holder = Number.parseInt(await readFile(lockFile, "utf8").catch(() => ""), 10);
  // Our own pid is stale unless this process opened the folder: containers reuse small pids.
  const heldByUs = holder === process.pid && openedHere.has(lockFile);
  if (holder && (heldByUs || (holder !== process.pid && isAlive(holder)))) {
    throw new Error(
      `The embedded Postgres in ${dataDir} is already in use by process ${holder}. ` +
        "Stop that process, or set DATABASE_URL to use another database.",
    );
  }
  // Left behind by a process that was killed: take it over.
  await writeFile(lockFile, String(process.pid));
  openedHere.add(lockFile);
}

async function releaseLock(lockFile: string): Promise<void> {
  openedHere.delete(lockFile);
  await rm(lockFile, { force: true });
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
