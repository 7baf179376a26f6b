// `npm run db:new-migration` against a copy of the migrations folder, so the real one is untouched.
import { cp, mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createMigration, migrationSuffix, nextTimestamp } from "@/scripts/db/new-migration";
import { diffMigrationsToSchema, MIGRATIONS_DIR, readSchema } from "@/scripts/db/schema-engine";

let migrationsDir: string;

beforeEach(async () => {
  migrationsDir = await mkdtemp(path.join(os.tmpdir(), "trellis-migrations-"));
  await cp(MIGRATIONS_DIR, migrationsDir, { recursive: true });
});

afterEach(async () => {
  await rm(migrationsDir, { recursive: true, force: true });
});

describe("db:new-migration", () => {
  it("writes nothing when the migrations already produce the schema", async () => {
    const before = await readdir(migrationsDir);
    expect(await createMigration("nothing", { migrationsDir })).toBeUndefined();
    expect(await readdir(migrationsDir)).toEqual(before);
  });

  it("writes the next migration, after the last one, which then leaves no drift", async () => {
    const schema = `${await readSchema()}\nmodel NewMigrationCheck {\n  id Int @id\n}\n`;
    const last = (await readdir(migrationsDir))
      .filter((name) => /^\d{14}_/.test(name))
      .sort()
      .at(-1)!;
    // A clock behind the last migration must still sort after it.
    const migration = await createMigration("add check table", { migrationsDir, schema, now: new Date(0) });

    expect(migration?.name).toMatch(/^\d{14}_add_check_table$/);
    expect(migration!.name > last).toBe(true);
    expect(await readFile(migration!.file, "utf8")).toContain('CREATE TABLE "NewMigrationCheck"');
    expect(await readFile(path.join(migrationsDir, "migration_lock.toml"), "utf8")).toContain(
      'provider = "postgresql"',
    );
    expect(await diffMigrationsToSchema({ migrationsDir, schema })).toBe("");
  });

  it("names migrations the way Prisma does", () => {
    expect(migrationSuffix("  Add job location! ")).toBe("Add_job_location");
    expect(() => migrationSuffix(" -- ")).toThrow(/name/);
    expect(nextTimestamp(new Date("2030-01-02T03:04:05Z"))).toBe("20300102030405");
    expect(nextTimestamp(new Date("2030-01-02T03:04:05Z"), "20300102030405_x")).toBe("20300102030406");
    expect(nextTimestamp(new Date("2030-01-02T03:04:05Z"), "20301231235959_x")).toBe("20310101000000");
  });
});
