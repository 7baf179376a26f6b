// `npm run bench`: builds the app, serves it against a database of its own filled with
// realistic data, measures it under load, writes docs/benchmarks.md and .json, and fails
// (exit 1) when any request failed. Missed budgets are reported, not fatal. See README
// ("Benchmark") and docs/decisions/0017-benchmark-method.md.
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { APPLY_CONNECTIONS, measureApply } from "./apply";
import { openBenchDatabase, type BenchDatabase } from "./database";
import { measureLighthouse } from "./lighthouse";
import { failedRequests } from "./load";
import { acquireLock, type Release } from "./lock";
import { describeMachine } from "./machine";
import { sampleMemory, type MemorySampler } from "./memory";
import { readOptions } from "./options";
import { measurePages, pageTargets } from "./pages";
import { writeReport } from "./report";
import type { BenchResults } from "./results";
import { RESUME_WORD_COUNT } from "./seed-bulk";
import { seedBench } from "./seed";
import { buildApp, startServer, type BenchServer } from "./server";
import { startSmtpSink, type SmtpSink } from "./smtp-sink";
import { measureStaff } from "./staff";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const started = Date.now();
const log = (line: string) =>
  console.log(`[bench ${String(Math.round((Date.now() - started) / 1000)).padStart(4)} s] ${line}`);

let database: BenchDatabase | undefined;
let smtp: SmtpSink | undefined;
let releaseLock: Release | undefined;
let server: BenchServer | undefined;
let memory: MemorySampler | undefined;

async function main(): Promise<number> {
  const options = readOptions(process.argv.slice(2), process.env);
  log(
    `${options.quick ? "Quick run" : "Full run"}: ${options.applications.toLocaleString("en")} applications, port ${options.port}`,
  );
  database = await openBenchDatabase(options, log);
  // The in-process measures (stage move, search query, the form's legal versions) use lib/db.
  process.env.DATABASE_URL = database.url;
  const seedStarted = Date.now();
  const data = await seedBench(database.url, { applications: options.applications, jobs: options.jobs }, log);
  const seedSeconds = Math.round((Date.now() - seedStarted) / 1000);
  const sql = new pg.Pool({ connectionString: database.url, max: 2 });
  const machine = await describeMachine(database.url, options.chromiumPath);
  const size = await sql.query<{ rows: string; mb: string }>(
    `SELECT count(*) AS rows, pg_total_relation_size('"Application"') / 1048576 AS mb FROM "Application"`,
  );

  smtp = await startSmtpSink();
  releaseLock = await acquireLock(options.lockFile, log);
  if (options.build) await buildApp(root, log);
  else log("Using the build in .next (--no-build)");
  server = await startServer({ root, port: options.port, databaseUrl: database.url, smtpPort: smtp.port, log });
  memory = sampleMemory(server.pid);
  const failures: string[] = [];

  memory.phase("public pages");
  log("Public pages at 64 connections…");
  const pages = await measurePages(
    server.baseUrl,
    pageTargets(data),
    { seconds: options.loadSeconds, warmupSeconds: options.warmupSeconds, rounds: options.pageRounds },
    log,
  );
  for (const page of pages) {
    const failed = failedRequests(page.load) + page.warmupFailures;
    if (page.probe.status !== 200) failures.push(`${page.label} (${page.path}) answered ${page.probe.status}`);
    if (failed > 0)
      failures.push(
        `${page.label} (${page.path}): ${failed} failed requests (${describeCodes(page.load.statusCodes)}, ${page.load.errors} errors, ${page.load.timeouts} timeouts)`,
      );
  }

  memory.phase("applying");
  log(`Applying at ${APPLY_CONNECTIONS} connections…`);
  const { loadApplicationFormContext } = await import("../../lib/submissions/load-form-context");
  const apply = await measureApply({
    baseUrl: server.baseUrl,
    slug: data.postingSlug,
    context: await loadApplicationFormContext({ slug: data.postingSlug }),
    seconds: options.applySeconds,
    warmupSeconds: options.warmupSeconds,
    emailsReceived: () => smtp!.messages(),
    countStored: async (keys) =>
      Number(
        (
          await sql.query<{ count: string }>(
            `SELECT count(*) FROM "Application" WHERE "submissionKey" = ANY($1::text[])`,
            [keys],
          )
        ).rows[0]!.count,
      ),
  });
  log(
    `  ${apply.applicationsPerSecond} applications/s, p50 ${apply.load.p50Ms} ms, p99 ${apply.load.p99Ms} ms; ${apply.stored} of ${apply.acknowledged} acknowledged are stored`,
  );
  const applyFailed = failedRequests(apply.load) + apply.warmupFailures;
  if (applyFailed > 0)
    failures.push(
      `Applying: ${applyFailed} failed requests (${describeCodes(apply.load.statusCodes)}, ${apply.load.errors} errors, ${apply.load.timeouts} timeouts); first refusal: ${apply.firstFailure ?? "none seen"}`,
    );
  if (apply.stored !== apply.acknowledged)
    failures.push(`Applying: ${apply.acknowledged - apply.stored} acknowledged applications are not in the database`);

  memory.phase("staff");
  log("Staff pages, search and stage moves…");
  const staff = await measureStaff(server.baseUrl, data, options.staffSamples);
  log(
    `  board ${staff.board.firstByte.p99Ms} ms, table ${staff.table.firstByte.p99Ms} ms, search ${staff.search.firstByte.p99Ms} ms, move ${staff.move.p99Ms} ms (p99)`,
  );
  if (staff.failures > 0) failures.push(`Staff pages: ${staff.failures} failed requests; first: ${staff.firstFailure}`);

  memory.phase("lighthouse");
  log(`Lighthouse (mobile, ${options.lighthouseRuns} run(s) a page)…`);
  const lighthouse = {
    posting: await measureLighthouse(
      `${server.baseUrl}/jobs/${data.postingSlug}`,
      options.lighthouseRuns,
      options.chromiumPath,
      log,
    ),
    application: await measureLighthouse(
      `${server.baseUrl}/jobs/${data.postingSlug}/apply`,
      options.lighthouseRuns,
      options.chromiumPath,
      log,
    ),
  };
  const peak = memory.stop();
  memory = undefined;
  await sql.end();

  const results: BenchResults = {
    date: new Date().toISOString(),
    quick: options.quick,
    machine,
    dataset: {
      applications: data.applications,
      jobs: options.jobs,
      largeJobApplications: data.largeJob.applications,
      resumeWords: RESUME_WORD_COUNT,
      seedSeconds,
      applicationRows: Number(size.rows[0]!.rows),
      applicationTableMb: Number(size.rows[0]!.mb),
    },
    pages,
    apply,
    staff,
    lighthouse,
    memory: peak,
    failures,
  };
  const folder = process.env.BENCH_REPORT_DIR || path.join(root, options.quick ? "bench-results" : "docs");
  const written = await writeReport(folder, results);
  log(`Wrote ${path.relative(root, written.markdown)} and ${path.relative(root, written.json)}`);
  for (const check of written.checks)
    log(
      `  ${check.status.padEnd(12)} ${check.measure}: ${check.value ?? "–"} ${check.unit} (budget ${check.budget})${check.by ? ` ${check.by}` : ""}`,
    );
  if (failures.length > 0) {
    console.error(
      `\n[bench] FAILED: ${failures.length} measure(s) had failed requests:\n${failures.map((failure) => `  - ${failure}`).join("\n")}\n`,
    );
    return 1;
  }
  return 0;
}

function describeCodes(codes: Record<string, number>): string {
  return (
    Object.entries(codes)
      .map(([code, count]) => `${count}× ${code}`)
      .join(", ") || "no answers"
  );
}

async function cleanUp(): Promise<void> {
  memory?.stop();
  await server?.stop().catch((error: Error) => console.error(`[bench] stopping the server: ${error.message}`));
  releaseLock?.();
  await smtp?.stop().catch(() => undefined);
  if (database) {
    // The in-process measures' connections, before the database they point at is dropped.
    const { dbPool } = await import("../../lib/db");
    await dbPool()
      .end()
      .catch(() => undefined);
  }
  await database?.release().catch((error: Error) => console.error(`[bench] removing the database: ${error.message}`));
}

let exiting = false;
async function exit(code: number): Promise<never> {
  if (!exiting) {
    exiting = true;
    await cleanUp();
  }
  process.exit(code);
}

for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void exit(130));

main().then(exit, async (error: unknown) => {
  console.error(`\n[bench] FAILED: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  await exit(1);
});
