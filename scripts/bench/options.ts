// What one bench run does and how big it is: from the command line and the environment.
//   npm run bench                  the full run (100,000 applications, long phases)
//   npm run bench -- --quick       a small, short run for development (numbers are not comparable)
//   npm run bench -- --no-build    reuse the build in .next (when it is known to be current)

import { chromiumExecutablePath } from "../../tests/support/chromium";

export type BenchOptions = {
  quick: boolean;
  build: boolean;
  /** Applications in the seeded database (one job holds 20% of them, at most 20,000). */
  applications: number;
  jobs: number;
  port: number;
  /** Seconds of each measured autocannon run, after its warm-up. */
  loadSeconds: number;
  warmupSeconds: number;
  /** Rounds over baseline, posting, careers home and job list, alternated so drift hits all alike. */
  pageRounds: number;
  applySeconds: number;
  /** Sequential requests per staff measure (p99 needs at least 100 to mean anything). */
  staffSamples: number;
  lighthouseRuns: number;
  /** A Postgres database to use as it is (migrated and filled, never dropped). */
  databaseUrl?: string;
  /** The server the bench creates (and drops) its own database on. */
  adminUrl: string;
  keepDatabase: boolean;
  /** Held (with flock) while building and while the server runs, when several users share .next. */
  lockFile?: string;
  chromiumPath: string;
};

const DEFAULT_ADMIN_URL = "postgresql://postgres@127.0.0.1:5432/postgres";

export function readOptions(argv: readonly string[], env: NodeJS.ProcessEnv): BenchOptions {
  const known = new Set(["--quick", "--no-build"]);
  const unknown = argv.filter((arg) => !known.has(arg));
  if (unknown.length > 0) throw new Error(`Unknown argument ${unknown.join(" ")}: use --quick and/or --no-build.`);
  const quick = argv.includes("--quick");
  const applications = positiveInteger(env.BENCH_APPLICATIONS, quick ? 2_000 : 100_000, "BENCH_APPLICATIONS");
  return {
    quick,
    build: !argv.includes("--no-build"),
    applications,
    jobs: 20,
    port: positiveInteger(env.BENCH_PORT, 3300, "BENCH_PORT"),
    loadSeconds: quick ? 5 : 20,
    warmupSeconds: quick ? 2 : 5,
    pageRounds: quick ? 1 : 2,
    applySeconds: quick ? 5 : 20,
    staffSamples: quick ? 30 : 200,
    lighthouseRuns: quick ? 1 : 3,
    databaseUrl: env.BENCH_DATABASE_URL || undefined,
    adminUrl: env.DATABASE_URL || DEFAULT_ADMIN_URL,
    keepDatabase: env.BENCH_KEEP === "1",
    lockFile: env.BENCH_LOCK_FILE || undefined,
    chromiumPath: chromiumExecutablePath(env),
  };
}

function positiveInteger(raw: string | undefined, fallback: number, name: string): number {
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw.replace(/_/g, ""));
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive whole number, not "${raw}".`);
  return value;
}
