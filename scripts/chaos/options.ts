// What one chaos run does: from the command line and the environment.
//   npm run chaos                  the full run (a ten-minute SMTP outage, three app kills)
//   npm run chaos -- --quick       shorter outages and loads, for working on the run itself
//   npm run chaos -- --no-build    reuse the build in .next as it is (else rebuilt when stale)

export type ChaosOptions = {
  quick: boolean;
  build: boolean;
  /** How long the mail server stays unreachable. */
  smtpOutageMs: number;
  /** Applications sent during the Postgres restart scenario (four candidates at a time). */
  restartLoad: number;
  /** Applications sent while the app process is killed, and how many times it is killed. */
  killLoad: number;
  kills: number;
  /** Pause between applications during the SMTP outage (one candidate after another). */
  outageApplyEveryMs: number;
  /** First of the ports the run's app servers listen on (three in a row). */
  port: number;
  reportDir?: string;
};

export function readOptions(argv: readonly string[], env: NodeJS.ProcessEnv): ChaosOptions {
  const known = new Set(["--quick", "--no-build"]);
  const unknown = argv.filter((arg) => !known.has(arg));
  if (unknown.length > 0) throw new Error(`Unknown argument ${unknown.join(" ")}: use --quick and/or --no-build.`);
  const quick = argv.includes("--quick");
  const outageMinutes = positiveNumber(env.CHAOS_SMTP_OUTAGE_MINUTES, quick ? 1 : 10, "CHAOS_SMTP_OUTAGE_MINUTES");
  return {
    quick,
    build: !argv.includes("--no-build"),
    smtpOutageMs: Math.round(outageMinutes * 60_000),
    restartLoad: quick ? 32 : 100,
    killLoad: quick ? 24 : 60,
    kills: quick ? 2 : 3,
    outageApplyEveryMs: quick ? 3_000 : 5_000,
    port: positiveNumber(env.CHAOS_PORT, 3400, "CHAOS_PORT"),
    reportDir: env.CHAOS_REPORT_DIR || undefined,
  };
}

function positiveNumber(raw: string | undefined, fallback: number, name: string): number {
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number, not "${raw}".`);
  return value;
}
