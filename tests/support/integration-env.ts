// Runs in each integration worker before the test file: the app's own `db` (lib/db.ts) reads
// DATABASE_URL, so point it at the run's test database.
import { inject } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");
