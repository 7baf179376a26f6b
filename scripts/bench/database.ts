// The bench's own Postgres database: BENCH_DATABASE_URL as given (empty), or a new `trellis_bench_…`
// database on the server in DATABASE_URL (default: the local server), dropped after the run
// unless BENCH_KEEP=1. Never the database DATABASE_URL names: the bench fills it with 100,000
// made-up applications.
import pg from "pg";
import { migrateDatabase } from "../db/migrate";
import { createServerDatabase } from "../../tests/support/test-database";
import type { BenchOptions } from "./options";

export type BenchDatabase = { url: string; name: string; release(): Promise<void> };

export async function openBenchDatabase(options: BenchOptions, log: (line: string) => void): Promise<BenchDatabase> {
  if (options.databaseUrl) {
    await migrateDatabase(options.databaseUrl, log);
    await assertEmpty(options.databaseUrl);
    return { url: options.databaseUrl, name: databaseName(options.databaseUrl), release: async () => undefined };
  }
  const created = await createServerDatabase(options.adminUrl, "trellis_bench");
  const name = databaseName(created.url);
  log(`Created database ${name}`);
  try {
    await migrateDatabase(created.url, log);
  } catch (error) {
    await created.drop();
    throw error;
  }
  return {
    url: created.url,
    name,
    release: async () => {
      if (options.keepDatabase) return log(`Kept database ${name} (BENCH_KEEP=1)`);
      await created.drop();
      log(`Dropped database ${name}`);
    },
  };
}

/** The bench's rows have fixed keys and its figures assume only its data: it needs an empty database. */
async function assertEmpty(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ jobs: string }>(`SELECT count(*) AS jobs FROM "Job"`);
    if (Number(rows[0]!.jobs) > 0)
      throw new Error(
        "BENCH_DATABASE_URL must name an empty database (its migrations may be applied): this one already holds jobs.",
      );
  } finally {
    await client.end();
  }
}

function databaseName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.slice(1));
}
