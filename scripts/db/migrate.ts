// `npm run db:migrate`: applies pending migrations to DATABASE_URL (like `prisma migrate deploy`).
import { pathToFileURL } from "node:url";
import { applyMigrations } from "./schema-engine";

/** Applies pending migrations and reports them; returns the names applied. */
export async function migrateDatabase(
  connectionString: string,
  log: (line: string) => void = console.log,
): Promise<string[]> {
  const applied = await applyMigrations(connectionString);
  if (applied.length === 0) log("Database schema is up to date: no migration to apply.");
  else log(`Applied ${applied.length} migration(s):\n${applied.map((name) => `  - ${name}`).join("\n")}`);
  return applied;
}

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error("DATABASE_URL is not set. `npm start` and `npm run dev` migrate their embedded Postgres themselves.");
    process.exit(1);
  }
  try {
    await migrateDatabase(url);
  } catch (error) {
    console.error(`Migration failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
