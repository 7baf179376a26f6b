// Throwaway databases for tests: a fresh database on the server in DATABASE_URL when it is set,
// else the embedded PGlite in a temporary folder (PGlite has no CREATE DATABASE). Either way the
// migrations are applied, so tests see exactly what production gets.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "../../lib/embedded-postgres";
import { applyMigrations } from "../../scripts/db/schema-engine";

export interface TestDatabase {
  url: string;
  kind: "server" | "embedded";
  drop(): Promise<void>;
}

/** A new, empty database on the server `adminUrl` points at; `drop()` removes it. */
export async function createServerDatabase(adminUrl: string, prefix = "trellis_test"): Promise<TestDatabase> {
  const name = `${prefix}_${Date.now()}_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  await withAdmin(adminUrl, (admin) => admin.query(`CREATE DATABASE "${name}"`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    kind: "server",
    // FORCE: a test worker that crashed may still hold a connection.
    drop: async () => {
      await withAdmin(adminUrl, (admin) => admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}

/** The embedded PGlite with its data in a new temporary folder; `drop()` stops and deletes it. */
export async function createEmbeddedDatabase(): Promise<TestDatabase> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "trellis-test-pglite-"));
  const server = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "pgdata") });
  return {
    url: server.url,
    kind: "embedded",
    drop: async () => {
      await server.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** A migrated database for a test run, on the server in `adminUrl` or embedded when it is unset. */
export async function createMigratedTestDatabase(adminUrl: string | undefined): Promise<TestDatabase> {
  const database = adminUrl ? await createServerDatabase(adminUrl) : await createEmbeddedDatabase();
  try {
    await applyMigrations(database.url);
    return database;
  } catch (error) {
    await database.drop();
    throw error;
  }
}

async function withAdmin<T>(adminUrl: string, use: (admin: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    return await use(admin);
  } finally {
    await admin.end();
  }
}
