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

/**
 * A copy of the bench database (CREATE DATABASE … TEMPLATE: a file copy, fast even at 100,000
 * applications), for the baseline ref's server: the same rows, so both apply to the same data.
 * Nothing may be connected to the source while it is copied.
 */
export async function copyBenchDatabase(source: BenchDatabase, log: (line: string) => void): Promise<BenchDatabase> {
  const adminUrl = new URL(source.url);
  adminUrl.pathname = "/postgres";
  const name = `${source.name.slice(0, 40)}_copy`;
  const admin = new pg.Client({ connectionString: adminUrl.toString() });
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    // A client that just disconnected may still have its backend for a moment.
    for (let attempt = 1; ; attempt += 1) {
      try {
        await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${source.name}"`);
        break;
      } catch (error) {
        if (attempt >= 20 || !/being accessed by other users/.test((error as Error).message)) throw error;
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    }
  } finally {
    await admin.end();
  }
  const url = new URL(source.url);
  url.pathname = `/${name}`;
  const copy = new pg.Client({ connectionString: url.toString() });
  await copy.connect();
  await hideOtherLanguagesFromBaseline(copy).finally(() => copy.end());
  log(`Copied the bench database to ${name} (for the baseline ref)`);
  return {
    url: url.toString(),
    name,
    release: async () => {
      const client = new pg.Client({ connectionString: adminUrl.toString() });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).finally(() => client.end());
      log(`Dropped database ${name}`);
    },
  };
}

/**
 * The bench applies with the English form, to both servers. A ref from before legal texts had
 * languages (decision 0041) takes the newest version of each text in force, whatever its
 * language, which is the German one the seed adds after the English: it then refuses every
 * English answer as FORM_OUTDATED (409). In the baseline's copy only, the other languages'
 * versions end where they begin, so every ref sees the English versions in force.
 */
export async function hideOtherLanguagesFromBaseline(client: pg.ClientBase): Promise<void> {
  await client.query(`UPDATE "FormVersion" SET "effectiveTo" = "effectiveFrom" WHERE "language" <> 'en'`);
}
