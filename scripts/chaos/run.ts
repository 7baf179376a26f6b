// `npm run chaos`: breaks things under the built app and its worker and checks what the issue's
// "Faults" promise (decision 0047): Postgres restarted under an apply load, the app killed
// mid-submission, the mail server unreachable, storage unreachable, backup and restore. Writes
// docs/chaos.md. Options: scripts/chaos/options.ts.
import { existsSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../lib/generated/prisma/client";
import { seedDatabase } from "../../prisma/seed";
import { SEED_JOB_SLUG } from "../../prisma/seed-data/postings/workers-runtime-engineer";
import { findPostgresBinaries, freePort, startPrivatePostgres } from "../../tests/support/private-postgres";
import { buildApp } from "../bench/server";
import { migrateDatabase } from "../db/migrate";
import { buildIsStale } from "../next-build-state";
import { startApp, startWorker, type AppConfig } from "./app";
import { check, query } from "./checks";
import { databaseUrlOf, waitFor, type Chaos, type ScenarioResult } from "./context";
import { emailChecks } from "./emails";
import { startMailSink } from "./mail";
import { readOptions } from "./options";
import { reportFile, scenarioPassed, writeReport, type Machine } from "./report";
import { appKilled } from "./scenario-app-killed";
import { backupRestore } from "./scenario-backup-restore";
import { postgresRestart } from "./scenario-postgres-restart";
import { smtpOutage } from "./scenario-smtp-outage";
import { storageUnreachable } from "./scenario-storage";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const log = (line: string) => console.log(`[chaos] ${line}`);
// Pages Next.js rendered at run time hold the data of the database they came from.
const RUNTIME_PAGE_CACHE = path.join(root, ".next", "server", "route-cache");

async function main(): Promise<number> {
  const options = readOptions(process.argv.slice(2), process.env);
  const startedAt = new Date();
  const stale = await buildIsStale(root);
  let build = "the build in .next, up to date";
  if (stale && options.build) {
    log(`Building: ${stale}`);
    await buildApp(root, log);
    build = `built by this run (${stale})`;
  } else if (stale && !existsSync(path.join(root, ".next", "BUILD_ID"))) {
    throw new Error("there is no build in .next to reuse: run without --no-build");
  } else if (stale) build = `the build in .next, reused as asked (--no-build) although ${stale}`;
  log(`App: ${build}`);

  const bin = findPostgresBinaries();
  if (!bin)
    throw new Error("no PostgreSQL server binaries (initdb, pg_ctl) under /usr/lib/postgresql/*/bin; set PG_BIN_DIR");
  const cluster = await startPrivatePostgres(bin);
  const runDir = await mkdtemp(path.join(os.tmpdir(), "trellis-chaos-"));
  const cleanUp: (() => Promise<unknown>)[] = [
    () => rm(runDir, { recursive: true, force: true }),
    () => cluster.stop(),
    () => rm(RUNTIME_PAGE_CACHE, { recursive: true, force: true }),
  ];
  const results: ScenarioResult[] = [];
  let failure: string | undefined;
  let machine: Machine | undefined;
  try {
    await cluster.client("createdb", ["trellis_chaos"]);
    const databaseUrl = databaseUrlOf(cluster, "trellis_chaos");
    await migrateDatabase(databaseUrl, log);
    const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) });
    await seedDatabase(prisma).finally(() => prisma.$disconnect());
    machine = await describeMachine(databaseUrl);

    const storageDir = path.join(runDir, "uploads");
    const mail = await startMailSink(await freePort());
    cleanUp.unshift(() => mail.stop());
    // The app's own modules, used here to read the form and run the orphan sweep, see the main
    // app's database and storage.
    Object.assign(process.env, { DATABASE_URL: databaseUrl, STORAGE_DRIVER: "local", STORAGE_DIR: storageDir });
    const { loadApplicationFormContext } = await import("../../lib/submissions/load-form-context");
    const context = await loadApplicationFormContext({ slug: SEED_JOB_SLUG });

    const config: AppConfig = {
      root,
      port: options.port,
      databaseUrl,
      smtpPort: mail.port,
      storage: { STORAGE_DIR: storageDir },
    };
    await rm(RUNTIME_PAGE_CACHE, { recursive: true, force: true });
    const chaos: Chaos = {
      options,
      root,
      runDir,
      cluster,
      databaseUrl,
      storageDir,
      mail,
      config,
      app: await startApp(config),
      worker: startWorker(config),
      baseUrl: `http://127.0.0.1:${options.port}`,
      slug: SEED_JOB_SLUG,
      context,
      log,
    };
    cleanUp.unshift(
      () => chaos.app.kill("SIGTERM"),
      () => chaos.worker.kill("SIGTERM"),
    );
    if (!(await waitFor(async () => chaos.worker.output().includes("Running background jobs"), 60_000)))
      throw new Error(`the worker did not start:\n${chaos.worker.output()}`);
    log(`app (pid ${chaos.app.pid}) and worker (pid ${chaos.worker.pid}) running; Postgres at ${cluster.url}`);

    const scenarios: [string, (chaos: Chaos) => Promise<ScenarioResult>][] = [
      ["Postgres restarted during an apply load", postgresRestart],
      ["The app process killed in the middle of submissions", appKilled],
      ["SMTP unreachable", smtpOutage],
      ["Backup and restore", backupRestore],
      ["Storage unreachable", storageUnreachable],
    ];
    for (const [title, scenario] of scenarios) {
      log(`${title}…`);
      const started = Date.now();
      const result = await scenario(chaos).catch((error: unknown): ScenarioResult => ({
        title,
        fault: "(the scenario stopped with an error)",
        // The message, not the stack: the report is committed and must not name this machine's paths.
        checks: [check("the scenario ran to its end", false, String((error as Error).message ?? error).slice(0, 600))],
        figures: [],
      }));
      results.push(result);
      log(`${title}: ${scenarioPassed(result) ? "PASS" : "FAIL"} in ${Math.round((Date.now() - started) / 1000)} s`);
      for (const entry of result.checks) log(`  ${entry.pass ? "pass" : "FAIL"} ${entry.label}: ${entry.detail}`);
      // What the processes said, for the person reading the run's output (not the report).
      if (!scenarioPassed(result))
        for (const [name, process] of [
          ["app", chaos.app],
          ["worker", chaos.worker],
        ] as const)
          log(`  ${name}'s last output:\n${process.output().slice(-4_000)}`);
    }
    // Emails a killed sender had claimed would be retried only after the outbox's claim timeout.
    for (const result of results.filter((entry) => entry.emailsToCheckLater)) {
      log(`Email of "${result.title}", at the end of the run…`);
      const mailChecks = await emailChecks({ databaseUrl, mail, outboxIds: result.emailsToCheckLater! });
      result.checks.push(
        ...mailChecks.checks.map((entry) => ({ ...entry, label: `${entry.label} (checked at the end of the run)` })),
      );
      for (const entry of mailChecks.checks) log(`  ${entry.pass ? "pass" : "FAIL"} ${entry.label}: ${entry.detail}`);
    }
  } catch (error) {
    failure = error instanceof Error ? error.message : String(error);
    console.error(`[chaos] ${failure}`);
  } finally {
    for (const step of cleanUp) await step().catch((error: unknown) => log(`clean-up: ${String(error)}`));
  }
  if (machine) {
    const file = reportFile(root, options.reportDir);
    const minutes = Math.round((Date.now() - startedAt.getTime()) / 60_000);
    await writeReport({ file, chaos: options, machine, build, startedAt, minutes, results, failure });
    log(`Wrote ${path.relative(root, file)}`);
  }
  const passed = !failure && results.length === 5 && results.every(scenarioPassed);
  log(passed ? "PASS" : "FAIL");
  return passed ? 0 : 1;
}

async function describeMachine(databaseUrl: string): Promise<Machine> {
  const [row] = await query<{ server_version: string }>(databaseUrl, "SHOW server_version");
  const require = createRequire(import.meta.url);
  const { describeMachine: bench } = await import("../bench/machine");
  const { cpu, cores, memoryGb, os: osName, node } = await bench(databaseUrl, "");
  return {
    cpu,
    cores,
    memoryGb,
    os: osName,
    node,
    postgres: row?.server_version ?? "unknown",
    next: (require("next/package.json") as { version: string }).version,
  };
}

process.exit(await main());
