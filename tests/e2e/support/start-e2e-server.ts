// The e2e web server (Playwright's webServer command): a fresh database for the run (a new
// database on the server in DATABASE_URL, or an embedded PGlite in a temporary folder when it
// is unset), migrated and seeded, then the production build served by `next start`, sending
// mail to the SMTP sink of tests/e2e/global-setup.ts. On SIGTERM it stops Next, then removes
// the database and the temporary folder.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "../../../lib/generated/prisma/client";
import { seedDatabase } from "../../../prisma/seed";
import { migrateDatabase } from "../../../scripts/db/migrate";
import { createEmbeddedDatabase, createServerDatabase, type TestDatabase } from "../../support/test-database";
import { E2E_BASE_URL, E2E_PORT, RESULTS_DIR, e2eAppEnv, serverInfoFile, type E2eServerInfo } from "./e2e-env";

const DATABASE_PREFIX = "trellis_e2e";
// Pages Next.js rendered at run time (ISR) and keeps between starts. They embed ids of the
// database they were rendered from (e.g. the legal text versions in the apply form), so a page
// cached by an earlier run would not match this run's fresh database.
const RUNTIME_PAGE_CACHE = path.resolve(".next", "server", "route-cache");

const log = (line: string) => console.log(`[e2e-server] ${line}`);

async function main(): Promise<void> {
  const runDir = await mkdtemp(path.join(os.tmpdir(), "trellis-e2e-"));
  const adminUrl = process.env.DATABASE_URL || undefined;
  let database: TestDatabase | undefined;
  let next: ChildProcess | undefined;
  let stopping = false;

  const cleanUp = async () => {
    // E2E_KEEP_DATABASE=1 keeps the run's database and files for a look after a failure.
    if (process.env.E2E_KEEP_DATABASE === "1")
      return log(`kept the database ${database?.url ?? "(none)"} and ${runDir}`);
    await database?.drop().catch((error: unknown) => log(`could not remove the database: ${String(error)}`));
    await rm(runDir, { recursive: true, force: true });
    // Nor may this run's pages outlive its database (`npm start` serves the same .next).
    await rm(RUNTIME_PAGE_CACHE, { recursive: true, force: true });
  };
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    if (next && next.exitCode === null && next.signalCode === null) {
      const exited = new Promise((resolve) => next?.once("exit", resolve));
      next.kill("SIGTERM");
      await exited;
    }
    await cleanUp();
    process.exit(code);
  };
  process.on("SIGTERM", () => void stop(0));
  process.on("SIGINT", () => void stop(0));

  try {
    if (adminUrl) {
      await dropLeftoverDatabases(adminUrl);
      database = await createServerDatabase(adminUrl, DATABASE_PREFIX);
      log(`created database ${new URL(database.url).pathname.slice(1)}`);
    } else {
      database = await createEmbeddedDatabase();
      log("DATABASE_URL is unset: using an embedded PGlite in a temporary folder");
    }
    await migrateDatabase(database.url, log);
    await seed(database.url);
    log("seeded");

    const storageDir = path.join(runDir, "uploads");
    await mkdir(storageDir, { recursive: true });
    const info: E2eServerInfo = { databaseUrl: database.url, storageDir, appUrl: E2E_BASE_URL, embedded: !adminUrl };
    await mkdir(RESULTS_DIR, { recursive: true });
    await writeFile(serverInfoFile(), JSON.stringify(info, null, 2));

    const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
    const env = e2eAppEnv(info);
    if (!existsSync(path.resolve(".next", "BUILD_ID"))) {
      log("no production build in .next: running next build first");
      await run(process.execPath, [nextBin, "build"], env);
    }
    await rm(RUNTIME_PAGE_CACHE, { recursive: true, force: true });
    log(`starting next start on ${E2E_BASE_URL}`);
    next = spawn(process.execPath, [nextBin, "start", "-p", String(E2E_PORT), "-H", "127.0.0.1"], {
      env,
      stdio: "inherit",
    });
    next.on("exit", (code, signal) => {
      if (stopping) return;
      log(`next start exited unexpectedly (${signal ?? `code ${code}`})`);
      void stop(1);
    });
  } catch (error) {
    console.error("[e2e-server] could not start:", error);
    await stop(1);
  }
}

/**
 * Databases of earlier runs that ended without cleaning up (killed, crashed). A name says when
 * and by which process it was made (tests/support/test-database.ts); one whose process is still
 * alive belongs to a run going on beside this one and is left alone, unless it is over a day old.
 */
async function dropLeftoverDatabases(adminUrl: string): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    const { rows } = await admin.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE $1", [
      `${DATABASE_PREFIX}\\_%`,
    ]);
    for (const { datname } of rows) {
      const [, createdAt, pid] = /^trellis_e2e_(\d+)_(\d+)_/.exec(datname) ?? [];
      const ageMs = Date.now() - Number(createdAt);
      if (createdAt && pid && isAlive(Number(pid)) && ageMs < 24 * 60 * 60 * 1000) continue;
      await admin
        .query(`DROP DATABASE IF EXISTS "${datname.replace(/"/g, '""')}" WITH (FORCE)`)
        .then(() => log(`dropped leftover database ${datname}`))
        .catch((error: unknown) =>
          log(`could not drop ${datname}: ${error instanceof Error ? error.message : String(error)}`),
        );
    }
  } finally {
    await admin.end();
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

async function seed(connectionString: string): Promise<void> {
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString }) });
  try {
    await seedDatabase(prisma);
  } finally {
    await prisma.$disconnect();
  }
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: "inherit" });
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`${args.join(" ")} exited with code ${code}`)),
    );
  });
}

await main();
