// One migrated database for the whole integration run (see tests/support/test-database.ts).
import type { TestProject } from "vitest/node";
import { createMigratedTestDatabase } from "../support/test-database";

declare module "vitest" {
  export interface ProvidedContext {
    /** The test run's own database. */
    databaseUrl: string;
    databaseKind: "server" | "embedded";
    /** The server DATABASE_URL named, for tests that need more databases; "" when embedded. */
    adminDatabaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const adminUrl = process.env.DATABASE_URL || undefined;
  const database = await createMigratedTestDatabase(adminUrl);
  project.provide("databaseUrl", database.url);
  project.provide("databaseKind", database.kind);
  project.provide("adminDatabaseUrl", adminUrl ?? "");
  return () => database.drop();
}
