// `npm run db:new-migration -- <name>`: writes prisma/migrations/<timestamp>_<name>/migration.sql
// taking the database the existing migrations build to the current prisma/schema.prisma (what
// `prisma migrate dev --create-only` does). Review the SQL, then commit it with the schema.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import {
  diffMigrationsToSchema,
  MIGRATION_LOCK_CONTENT,
  MIGRATION_LOCK_FILE,
  MIGRATIONS_DIR,
  readMigrations,
} from "./schema-engine";

export interface NewMigration {
  name: string;
  file: string;
  sql: string;
}

/** Writes the next migration; returns undefined when the schema needs none. */
export async function createMigration(
  rawName: string,
  {
    migrationsDir = MIGRATIONS_DIR,
    schema,
    now = new Date(),
  }: { migrationsDir?: string; schema?: string; now?: Date } = {},
): Promise<NewMigration | undefined> {
  const suffix = migrationSuffix(rawName);
  const sql = await diffMigrationsToSchema({ migrationsDir, schema });
  if (sql.trim() === "") return undefined;

  const existing = (await readMigrations(migrationsDir)).migrationDirectories.map((dir) => dir.path);
  const name = `${nextTimestamp(now, existing.at(-1))}_${suffix}`;
  const folder = path.join(migrationsDir, name);
  await mkdir(folder, { recursive: true });
  const file = path.join(folder, "migration.sql");
  await writeFile(file, sql);
  await writeFile(path.join(migrationsDir, MIGRATION_LOCK_FILE), MIGRATION_LOCK_CONTENT);
  return { name, file, sql };
}

/** Same rule as Prisma: letters, digits and underscores only. */
export function migrationSuffix(rawName: string): string {
  const suffix = rawName
    .trim()
    .replace(/[^A-Za-z0-9_]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .slice(0, 200);
  if (!suffix) throw new Error("Give the migration a name, e.g. `npm run db:new-migration -- add_job_location`.");
  return suffix;
}

/**
 * UTC `YYYYMMDDHHMMSS`, as Prisma names folders. Migrations apply in name order, so a new one
 * must sort after the last (a clock behind a teammate's, or two runs in one second).
 */
export function nextTimestamp(now: Date, lastName?: string): string {
  const stamp = now.toISOString().replace(/\D/g, "").slice(0, 14);
  const last = lastName?.match(/^(\d{14})_/)?.[1];
  if (!last || stamp > last) return stamp;
  const bumped = new Date(
    Date.UTC(
      +last.slice(0, 4),
      +last.slice(4, 6) - 1,
      +last.slice(6, 8),
      +last.slice(8, 10),
      +last.slice(10, 12),
      +last.slice(12, 14) + 1,
    ),
  );
  return bumped.toISOString().replace(/\D/g, "").slice(0, 14);
}

async function main(): Promise<void> {
  const rawName = process.argv.slice(2).join("_");
  try {
    const migration = await createMigration(rawName);
    if (!migration) {
      console.error("No migration written: the existing migrations already produce prisma/schema.prisma.");
      process.exit(1);
    }
    console.log(`Wrote ${path.relative(process.cwd(), migration.file)}:\n\n${migration.sql}`);
    if (/\bDROP\b|Warnings:/.test(migration.sql)) {
      console.log("This migration drops something or loses data: read it before you commit it.");
    }
  } catch (error) {
    console.error(`Could not create the migration: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
