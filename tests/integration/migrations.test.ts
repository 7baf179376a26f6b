import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { describe, expect, inject, it } from "vitest";
import {
  applyMigrations,
  diffMigrationsToSchema,
  migrationStatus,
  MIGRATIONS_DIR,
  readMigrations,
  readSchema,
} from "@/scripts/db/schema-engine";
import { createServerDatabase } from "../support/test-database";

const databaseUrl = inject("databaseUrl");
const adminUrl = inject("adminDatabaseUrl");

/** Diff with a shadow on the real server when there is one (production's Postgres), else PGlite. */
async function driftFromMigrations(schema?: string): Promise<string> {
  if (!adminUrl) return diffMigrationsToSchema({ schema });
  const shadow = await createServerDatabase(adminUrl, "trellis_shadow");
  try {
    return await diffMigrationsToSchema({ schema, shadowUrl: shadow.url });
  } finally {
    await shadow.drop();
  }
}

async function appliedMigrations() {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{
      migration_name: string;
      checksum: string;
      finished_at: Date | null;
      rolled_back_at: Date | null;
    }>("SELECT migration_name, checksum, finished_at, rolled_back_at FROM _prisma_migrations ORDER BY migration_name");
    return rows;
  } finally {
    await client.end();
  }
}

describe("prisma/migrations", () => {
  it("build exactly the database prisma/schema.prisma describes", async () => {
    const drift = await driftFromMigrations();
    expect(drift, "prisma/schema.prisma changed without a migration: run `npm run db:new-migration -- <name>`").toBe(
      "",
    );
  });

  it("would notice a schema change that has no migration", async () => {
    const edited = `${await readSchema()}\nmodel DriftCheck {\n  id Int @id\n}\n`;
    expect(await driftFromMigrations(edited)).toContain('CREATE TABLE "DriftCheck"');
  });

  it("are all applied to a new database, and applying them again changes nothing", async () => {
    const folders = (await readMigrations()).migrationDirectories.map((dir) => dir.path);
    expect(folders.length).toBeGreaterThan(0);
    const before = await appliedMigrations();

    expect(await applyMigrations(databaseUrl)).toEqual([]);

    expect(await appliedMigrations()).toEqual(before);
    const status = await migrationStatus(databaseUrl);
    expect(status).toMatchObject({ history: null, failedMigrationNames: [], editedMigrationNames: [] });
  });

  it("are recorded in _prisma_migrations as `prisma migrate deploy` records them", async () => {
    const folders = (await readMigrations()).migrationDirectories.map((dir) => dir.path);
    const rows = await appliedMigrations();
    expect(rows.map((row) => row.migration_name)).toEqual(folders);
    for (const row of rows) {
      const sql = await readFile(path.join(MIGRATIONS_DIR, row.migration_name, "migration.sql"));
      expect(row.checksum).toBe(createHash("sha256").update(sql).digest("hex"));
      expect(row.finished_at).not.toBeNull();
      expect(row.rolled_back_at).toBeNull();
    }
  });
});
