// `npm run bench`: builds the app, a bare Next.js app and the baseline ref ("today's main"),
// serves them against databases of their own filled with realistic data, measures them side by
// side under load, writes docs/benchmarks.md and .json, and fails (exit 1) when any request
// failed. Missed budgets are reported with their measured cause, not fatal. See README
// ("Benchmark") and docs/decisions/0045-bench-side-by-side.md.
import path from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import type { ApplicationFormContext } from "../../lib/submissions/form-context";
import { measureOpenLoop, measureSaturation, type ApplyTarget } from "./apply";
import { BARE_PAGE_PATH, buildBareNextApp, serveBareNextApp, type BareNextApp } from "./bare-next";
import { copyBenchDatabase, openBenchDatabase, type BenchDatabase } from "./database";
import { measureLighthouse, measureLighthousePair } from "./lighthouse";
import { failedRequests } from "./load";
import { acquireLock, type Release } from "./lock";
import { describeMachine, sampleLoadAverage } from "./machine";
import { sampleMemory, type MemorySampler } from "./memory";
import { readOptions } from "./options";
import { measurePages, type PageMeasure, type PageTarget } from "./pages";
import { runPhase, type PhaseRecord } from "./phase";
import { EXTRA_PHASES } from "./phases";
import { writeReport } from "./report";
import type { BenchResults } from "./results";
import { RESUME_WORD_COUNT } from "./seed-bulk";
import { seedBench } from "./seed";
import { buildApp, startServer, type BenchServer } from "./server";
import { startSmtpSink, type SmtpSink } from "./smtp-sink";
import { measureStaff } from "./staff";
import { checkNoScript, startStaticServer, withoutScripts, type StaticServer } from "./static-copy";
import { prepareBaseline, type BaselineCheckout } from "./worktree";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const started = Date.now();
const log = (line: string) =>
  console.log(`[bench ${String(Math.round((Date.now() - started) / 1000)).padStart(4)} s] ${line}`);

// Everything started is stopped and removed on the way out, whatever happened.
const cleanups: (() => Promise<unknown>)[] = [];
const samplers: MemorySampler[] = [];
let releaseLock: Release | undefined;
let benchDatabase: BenchDatabase | undefined;

async function main(): Promise<number> {
  const options = readOptions(process.argv.slice(2), process.env);
  log(
    `${options.quick ? "Quick run" : "Full run"}: ${options.applications.toLocaleString("en")} applications, ports ${options.port}–${options.port + 3}, baseline ref ${options.baselineRef ?? "none (--no-baseline)"}`,
  );
  const database = await openBenchDatabase(options, log);
  benchDatabase = database;
  // The in-process measures (stage move, search query, the form's legal versions) use lib/db.
  process.env.DATABASE_URL = database.url;
  const seedStarted = Date.now();
  const data = await seedBench(database.url, { applications: options.applications, jobs: options.jobs }, log);
  const seedSeconds = Math.round((Date.now() - seedStarted) / 1000);
  // Copied before anything connects to the bench database again (a template must be idle).
  const baselineDatabase = options.baselineRef ? await copyBenchDatabase(database, log) : undefined;
  if (baselineDatabase) cleanups.push(() => baselineDatabase.release());

  const sql = new pg.Pool({ connectionString: database.url, max: 2 });
  cleanups.push(() => sql.end());
  const machine = await describeMachine(database.url, options.chromiumPath);
  const loadAverage = sampleLoadAverage();
  const size = await sql.query<{ rows: string; mb: string }>(
    `SELECT count(*) AS rows, pg_total_relation_size('"Application"') / 1048576 AS mb FROM "Application"`,
  );
  const smtp: SmtpSink = await startSmtpSink();
  cleanups.push(() => smtp.stop());
  releaseLock = await acquireLock(options.lockFile, log);

  // Builds, one at a time (two cores): the app, a bare Next.js app, the baseline ref.
  if (options.build) await buildApp(root, log);
  else log("Using the build in .next (--no-build)");
  const bare: BareNextApp = await buildBareNextApp(root, log);
  cleanups.push(() => bare.remove());
  let baseline: BaselineCheckout | undefined;
  if (options.baselineRef) {
    baseline = await prepareBaseline(root, options.baselineRef, log);
    cleanups.push(() => baseline!.remove());
  }

  const server = await startServer({ root, port: options.port, databaseUrl: database.url, smtpPort: smtp.port, log });
  cleanups.push(() => server.stop());
  // The same build without the heap limit, loaded only side by side with the app (its cost).
  const unlimited = await startServer({
    root,
    port: options.port + 1,
    databaseUrl: database.url,
    smtpPort: smtp.port,
    log,
    label: "the app without the heap limit",
    heapLimit: false,
    ownsPageCache: false,
    worker: false,
  });
  cleanups.push(() => unlimited.stop());
  const bareServer = await serveBareNextApp(bare, options.port + 2, log);
  cleanups.push(() => bareServer.stop());
  let baselineServer: BenchServer | undefined;
  if (baseline && baselineDatabase) {
    baselineServer = await startServer({
      root: baseline.folder,
      port: options.port + 3,
      databaseUrl: baselineDatabase.url,
      smtpPort: smtp.port,
      log,
      label: `the baseline ${baseline.ref}`,
    });
    cleanups.push(() => baselineServer!.stop());
  }
  const memory = sampleMemory(server.pid);
  const memoryUnlimited = sampleMemory(unlimited.pid);
  samplers.push(memory, memoryUnlimited);
  const failures: string[] = [];

  // The public paths as the app serves them today (a redirect, e.g. to a language prefix, is followed).
  const servedPath = async (pathname: string) => {
    const response = await fetch(server.baseUrl + pathname);
    await response.arrayBuffer();
    if (response.status !== 200) failures.push(`${pathname} answered ${response.status}`);
    return new URL(response.url).pathname;
  };
  const paths = {
    trivial: "/bench-baseline",
    posting: await servedPath(`/jobs/${data.postingSlug}`),
    careersHome: await servedPath("/"),
  };

  memory.phase("public pages");
  log("Public pages at 64 connections, side by side…");
  const targets: PageTarget[] = [
    { key: "bare", label: "Bare Next.js app: trivial page", baseUrl: bareServer.baseUrl, path: BARE_PAGE_PATH },
    { key: "trivial", label: "The app's trivial prerendered page", baseUrl: server.baseUrl, path: paths.trivial },
    { key: "posting", label: "Posting page", baseUrl: server.baseUrl, path: paths.posting },
    { key: "careersHome", label: "Careers home", baseUrl: server.baseUrl, path: paths.careersHome },
    {
      key: "jobList",
      label: "Job Board API: job list",
      baseUrl: server.baseUrl,
      path: `/api/job-board/v1/boards/${data.boardToken}/jobs`,
    },
    {
      key: "trivialNoHeapLimit",
      label: "Trivial page, no heap limit",
      baseUrl: unlimited.baseUrl,
      path: paths.trivial,
    },
    {
      key: "postingNoHeapLimit",
      label: "Posting page, no heap limit",
      baseUrl: unlimited.baseUrl,
      path: paths.posting,
    },
  ];
  const pages = await measurePages(
    targets,
    { seconds: options.loadSeconds, warmupSeconds: options.warmupSeconds, rounds: options.pageRounds },
    log,
  );
  failures.push(...pageFailures(pages));

  // The posting and careers home as static HTML without scripts (Lighthouse's yardstick), and
  // the posting read and Apply reached without JavaScript.
  const html = async (pathname: string) => (await fetch(server.baseUrl + pathname)).text();
  const postingHtml = await html(paths.posting);
  const staticServer: StaticServer = await startStaticServer(
    root,
    new Map([
      [paths.posting, withoutScripts(postingHtml)],
      [paths.careersHome, withoutScripts(await html(paths.careersHome))],
    ]),
  );
  cleanups.push(() => staticServer.stop());
  const descriptions = await sql.query<{ bodyMarkdown: string }>(
    `SELECT s."bodyMarkdown" FROM "JobSection" s JOIN "Job" j ON j.id = s."jobId" WHERE j.slug = $1 ORDER BY s.position`,
    [data.postingSlug],
  );
  const noScript = await checkNoScript(
    server.baseUrl + paths.posting,
    postingHtml,
    descriptions.rows.map((row) => row.bodyMarkdown),
  );
  log(`  without JavaScript: ${noScript.note}`);

  const phases: PhaseRecord[] = [];
  for (const phase of EXTRA_PHASES) {
    memory.phase(phase.name);
    log(`Phase ${phase.name}…`);
    const record = await runPhase(phase, {
      port: options.port,
      baseUrl: server.baseUrl,
      paths,
      databaseUrl: database.url,
      quick: options.quick,
      loadSeconds: options.loadSeconds,
      warmupSeconds: options.warmupSeconds,
      log,
    });
    phases.push(record);
    failures.push(...record.failures);
  }

  const countStoredIn =
    (pool: pg.Pool) =>
    async (keys: string[]): Promise<number> =>
      Number(
        (
          await pool.query<{ count: string }>(
            `SELECT count(*) FROM "Application" WHERE "submissionKey" = ANY($1::text[])`,
            [keys],
          )
        ).rows[0]!.count,
      );
  const appTarget: ApplyTarget = {
    key: "app",
    label: "The app",
    baseUrl: server.baseUrl,
    serverPid: server.pid,
    workerPid: server.workerPid,
    databaseUrl: database.url,
    countStored: countStoredIn(sql),
  };
  const { loadApplicationFormContext } = await import("../../lib/submissions/load-form-context");
  const context: ApplicationFormContext = await loadApplicationFormContext({ slug: data.postingSlug });

  memory.phase("applying (open loop)");
  log(`Applying at ${options.openLoopRate}/s for ${options.openLoopSeconds} s (open loop)…`);
  const applyOpenLoop = await measureOpenLoop(appTarget, data.postingSlug, context, {
    ratePerSecond: options.openLoopRate,
    seconds: options.openLoopSeconds,
    warmupSeconds: options.warmupSeconds,
  });
  log(
    `  p50 ${applyOpenLoop.latency.p50Ms} ms, p99 ${applyOpenLoop.latency.p99Ms} ms, ${applyOpenLoop.failed} failed; ${applyOpenLoop.stored} of ${applyOpenLoop.acknowledged} acknowledged are stored`,
  );
  if (applyOpenLoop.failed + applyOpenLoop.warmupFailures > 0)
    failures.push(
      `Applying at ${options.openLoopRate}/s: ${applyOpenLoop.failed + applyOpenLoop.warmupFailures} failed requests (${describeCodes(applyOpenLoop.statusCodes)}, ${applyOpenLoop.errors} errors, ${applyOpenLoop.timeouts} timeouts); first: ${applyOpenLoop.firstFailure ?? "none seen"}`,
    );
  if (applyOpenLoop.stored !== applyOpenLoop.acknowledged)
    failures.push(
      `Applying at ${options.openLoopRate}/s: ${applyOpenLoop.acknowledged - applyOpenLoop.stored} acknowledged applications are not in the database`,
    );

  memory.phase("applying (saturation)");
  log("Applying at saturation, side by side…");
  const saturationTargets: ApplyTarget[] = [appTarget];
  let baselinePool: pg.Pool | undefined;
  if (baselineServer && baselineDatabase && baseline) {
    baselinePool = new pg.Pool({ connectionString: baselineDatabase.url, max: 1 });
    const pool = baselinePool;
    cleanups.push(() => pool.end());
    saturationTargets.push({
      key: "baselineRef",
      label: `Baseline ${baseline.ref}`,
      baseUrl: baselineServer.baseUrl,
      serverPid: baselineServer.pid,
      workerPid: baselineServer.workerPid,
      databaseUrl: baselineDatabase.url,
      countStored: countStoredIn(pool),
    });
  }
  saturationTargets.push({
    key: "appNoHeapLimit",
    label: "The app without the heap limit",
    baseUrl: unlimited.baseUrl,
    serverPid: unlimited.pid,
    databaseUrl: database.url,
    countStored: countStoredIn(sql),
  });
  const applySaturation = await measureSaturation(
    saturationTargets,
    data.postingSlug,
    () => context,
    { seconds: options.saturationSeconds, warmupSeconds: options.warmupSeconds, rounds: options.saturationRounds },
    log,
  );
  for (const measure of applySaturation) {
    const failed = failedRequests(measure.load) + measure.warmupFailures;
    if (failed > 0)
      failures.push(
        `Applying at saturation (${measure.label}): ${failed} failed requests (${describeCodes(measure.load.statusCodes)}, ${measure.load.errors} errors, ${measure.load.timeouts} timeouts); first refusal: ${measure.firstFailure ?? "none seen"}`,
      );
    if (measure.perRound.every((perSecond) => perSecond === 0))
      failures.push(`Applying at saturation (${measure.label}): no application was answered during the runs`);
    if (measure.stored !== measure.acknowledged)
      failures.push(
        `Applying at saturation (${measure.label}): ${measure.acknowledged - measure.stored} acknowledged applications are not in the database`,
      );
  }
  const peakUnlimited = memoryUnlimited.stop();
  // Kept for a run with failed requests: a 500's cause is in the server's output, not in the answer.
  const serverErrors = new Map<string, string[]>([["the app without the heap limit", unlimited.errorLines()]]);
  if (baselineServer) serverErrors.set(`the baseline ${baseline!.ref}`, baselineServer.errorLines());
  await unlimited.stop();
  if (baselineServer) await baselineServer.stop();
  await bareServer.stop();

  memory.phase("staff");
  log("Staff pages, search and stage moves…");
  const staff = await measureStaff(server.baseUrl, data, options.staffSamples);
  log(
    `  board ${staff.board.firstByte.p99Ms} ms, table ${staff.table.firstByte.p99Ms} ms, search ${staff.search.firstByte.p99Ms} ms, move ${staff.move.p99Ms} ms (p99)`,
  );
  if (staff.failures > 0) failures.push(`Staff pages: ${staff.failures} failed requests; first: ${staff.firstFailure}`);

  memory.phase("lighthouse");
  log(`Lighthouse (mobile), each page alternately with its static copy, ${options.lighthouseRuns} run(s) each…`);
  const pair = (pathname: string) =>
    measureLighthousePair(
      server.baseUrl + pathname,
      staticServer.baseUrl + pathname,
      options.lighthouseRuns,
      options.chromiumPath,
      log,
    );
  const lighthouse = {
    posting: await pair(paths.posting),
    careersHome: await pair(paths.careersHome),
    application: await measureLighthouse(
      `${server.baseUrl}${paths.posting}/apply`,
      options.lighthouseRuns,
      options.chromiumPath,
      log,
    ),
  };
  const peak = memory.stop();
  serverErrors.set("the app", server.errorLines());

  const results: BenchResults = {
    date: new Date().toISOString(),
    quick: options.quick,
    machine,
    loadAverage: loadAverage.stop(),
    dataset: {
      applications: data.applications,
      jobs: options.jobs,
      largeJobApplications: data.largeJob.applications,
      resumeWords: RESUME_WORD_COUNT,
      seedSeconds,
      applicationRows: Number(size.rows[0]!.rows),
      applicationTableMb: Number(size.rows[0]!.mb),
    },
    baselineRef: baseline
      ? { ref: baseline.ref, commit: baseline.commit, subject: baseline.subject, dependencies: baseline.dependencies }
      : { skipped: "--no-baseline" },
    pages,
    noScript,
    applyOpenLoop,
    applySaturation,
    staff,
    lighthouse,
    memory: peak,
    memoryNoHeapLimit: peakUnlimited,
    phases,
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
    for (const [label, lines] of serverErrors)
      if (lines.length > 0) log(`What ${label} printed as errors:\n  ${lines.join("\n  ")}`);
    console.error(
      `\n[bench] FAILED: ${failures.length} measure(s) had failed requests:\n${failures.map((failure) => `  - ${failure}`).join("\n")}\n`,
    );
    return 1;
  }
  return 0;
}

function pageFailures(pages: PageMeasure[]): string[] {
  const failures: string[] = [];
  for (const page of pages) {
    const failed = failedRequests(page.load) + page.warmupFailures;
    if (page.probe.status !== 200) failures.push(`${page.label} (${page.path}) answered ${page.probe.status}`);
    // Every request still waiting when the run ended: nothing was measured (an overloaded machine).
    if (page.load.requests === 0) failures.push(`${page.label} (${page.path}): no request was answered during the run`);
    if (failed > 0)
      failures.push(
        `${page.label} (${page.path}): ${failed} failed requests (${describeCodes(page.load.statusCodes)}, ${page.load.errors} errors, ${page.load.timeouts} timeouts)`,
      );
  }
  return failures;
}

function describeCodes(codes: Record<string, number>): string {
  return (
    Object.entries(codes)
      .map(([code, count]) => `${count}× ${code}`)
      .join(", ") || "no answers"
  );
}

async function cleanUp(): Promise<void> {
  for (const sampler of samplers) sampler.stop();
  // Last started, first stopped: servers before their checkouts and databases.
  for (const cleanup of cleanups.reverse())
    await cleanup().catch((error: Error) => console.error(`[bench] cleaning up: ${error.message}`));
  releaseLock?.();
  if (benchDatabase) {
    // The in-process measures' connections, before the database they point at is dropped.
    const { dbPool } = await import("../../lib/db");
    await dbPool()
      .end()
      .catch(() => undefined);
  }
  await benchDatabase
    ?.release()
    .catch((error: Error) => console.error(`[bench] removing the database: ${error.message}`));
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
