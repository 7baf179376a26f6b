// What one bench run does and how big it is: from the command line and the environment.
//   npm run bench                  the full run (100,000 applications, long phases)
//   npm run bench -- --quick       a small, short run for development (numbers are not comparable)
//   npm run bench -- --no-build    reuse the build in .next (when it is known to be current)
//   npm run bench -- --baseline-ref <ref>   "today's main" for the apply cost budget (default below)
//   npm run bench -- --no-baseline  skip building and loading the baseline ref
//   npm run bench -- --size 1000000 applications to load (the growth run; also BENCH_APPLICATIONS)

import { chromiumExecutablePath } from "../../tests/support/chromium";

/** The commit issue 16 started from: "today's main" of its apply cost budget. */
export const DEFAULT_BASELINE_REF = "2182ddc";

export type BenchOptions = {
  quick: boolean;
  build: boolean;
  /** The git ref built and served beside the app for the apply cost comparison; null: skipped. */
  baselineRef: string | null;
  /** Applications in the seeded database (one job holds 20% of them, at most 20,000). */
  applications: number;
  jobs: number;
  /** The app; the same build without the heap limit, the bare Next.js app and the baseline ref on the next three. */
  port: number;
  /** Seconds of each measured autocannon run, after its warm-up. */
  loadSeconds: number;
  warmupSeconds: number;
  /** Rounds over baseline, posting, careers home and job list, alternated so drift hits all alike. */
  pageRounds: number;
  /** The open-loop apply load: a fixed arrival rate for a fixed time. */
  openLoopRate: number;
  openLoopSeconds: number;
  /** Each saturation run (closed loop), per server, per round. */
  saturationSeconds: number;
  saturationRounds: number;
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
  const known = new Set(["--quick", "--no-build", "--no-baseline"]);
  const refAt = argv.indexOf("--baseline-ref");
  const ref = refAt >= 0 ? argv[refAt + 1] : undefined;
  if (refAt >= 0 && (!ref || ref.startsWith("--")))
    throw new Error("--baseline-ref needs a git ref (a commit, tag or branch).");
  const sizeAt = argv.indexOf("--size");
  const size = sizeAt >= 0 ? argv[sizeAt + 1] : undefined;
  if (sizeAt >= 0 && (!size || size.startsWith("--")))
    throw new Error("--size needs a number of applications, e.g. --size 1000000.");
  const valueAt = (index: number) => [refAt, sizeAt].some((at) => at >= 0 && (index === at || index === at + 1));
  const unknown = argv.filter((arg, index) => !known.has(arg) && !valueAt(index));
  if (unknown.length > 0)
    throw new Error(
      `Unknown argument ${unknown.join(" ")}: use --quick, --no-build, --size <applications>, --baseline-ref <ref> and/or --no-baseline.`,
    );
  const quick = argv.includes("--quick");
  const applications = positiveInteger(
    size ?? env.BENCH_APPLICATIONS,
    quick ? 2_000 : 100_000,
    size ? "--size" : "BENCH_APPLICATIONS",
  );
  return {
    quick,
    build: !argv.includes("--no-build"),
    baselineRef: argv.includes("--no-baseline") ? null : (ref ?? DEFAULT_BASELINE_REF),
    applications,
    jobs: 20,
    port: positiveInteger(env.BENCH_PORT, 3300, "BENCH_PORT"),
    loadSeconds: quick ? 5 : 20,
    warmupSeconds: quick ? 2 : 5,
    pageRounds: quick ? 1 : 2,
    openLoopRate: 20,
    openLoopSeconds: quick ? 10 : 60,
    saturationSeconds: quick ? 5 : 20,
    saturationRounds: quick ? 1 : 2,
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
