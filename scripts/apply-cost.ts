// What one application costs, in process (docs/measurements.md, decision 0044): the careers
// route's steps (rate limit, multipart body, applyToJob, then the confirmation email after the
// response) and the worker's reading of the resume, against one database, with the CPU of this
// process and of its Postgres backends (from /proc) and the round trips on the app's pool.
//
//   tsx --conditions=react-server scripts/apply-cost.ts setup            → prints a database URL
//   APPLY_COST_DATABASE_URL=… tsx --conditions=react-server scripts/apply-cost.ts [applications]
//
// Run two checkouts against the same database in turn to compare them (each run adds its own
// applications to the one job).
import { randomUUID } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { resumePdf } from "./bench/resume-pdf";

const RESUME_BYTES = 300 * 1024;
const CONCURRENCY = 4;
const CLOCK_TICKS_PER_SECOND = 100;

async function setup(): Promise<void> {
  const { createServerDatabase } = await import("../tests/support/test-database");
  const { applyMigrations } = await import("./db/schema-engine");
  const adminUrl = process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
  const database = await createServerDatabase(adminUrl, "trellis_apply_cost");
  await applyMigrations(database.url);
  process.env.DATABASE_URL = database.url;
  const { db } = await import("@/lib/db");
  const { createJob, ensureLegalForms, SAMPLE_QUESTIONS } = await import("../tests/factories");
  await ensureLegalForms(db);
  const job = await createJob(db, { questions: [...SAMPLE_QUESTIONS] });
  console.log(JSON.stringify({ url: database.url, slug: job.slug }));
  await db.$disconnect();
  await (await import("@/lib/db")).dbPool().end();
}

/** utime + stime of a process, in milliseconds (0 once it is gone). */
function processCpuMs(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}

/** APPLY_COST_PROFILE=app|worker: a CPU profile of that phase alone, written to the working folder. */
async function profiled<T>(phase: "app" | "worker", work: () => Promise<T>): Promise<T> {
  if (process.env.APPLY_COST_PROFILE !== phase) return work();
  const session = new Session();
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.start");
  const result = await work();
  const { profile } = await session.post("Profiler.stop");
  writeFileSync(`apply-cost-${phase}.cpuprofile`, JSON.stringify(profile));
  session.disconnect();
  return result;
}

async function measure(count: number): Promise<void> {
  const url = process.env.APPLY_COST_DATABASE_URL;
  if (!url) throw new Error("Set APPLY_COST_DATABASE_URL (scripts/apply-cost.ts setup prints one)");
  process.env.DATABASE_URL = url;
  process.env.STORAGE_DIR = await mkdtemp(path.join(tmpdir(), "trellis-apply-cost-"));
  process.env.TRUST_PROXY = "1";
  process.env.BACKGROUND_JOBS = "worker";
  process.env.RATE_LIMIT_APPLY_PER_HOUR = "100000";

  const { dbPool } = await import("@/lib/db");
  const { applyToJob } = await import("@/lib/submissions/apply-to-job");
  const { finishSubmission } = await import("@/lib/submissions/finish-submission");
  const { loadApplicationFormContext } = await import("@/lib/submissions/load-form-context");
  const { readDocumentText } = await import("@/lib/submissions/read-document-text");
  const { deliverOutboxMessage } = await import("@/lib/email/outbox");
  const { readMultipart, filePart } = await import("@/lib/http/read-multipart");
  const { limitApplying } = await import("@/lib/rate-limit/limit-requests");
  const { stopQueue } = await import("@/lib/queue/client");
  const { validApplicationPayload } = await import("../tests/support/application-payload");

  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  const { rows: jobs } = await admin.query<{ slug: string }>(`SELECT slug FROM "Job" ORDER BY id LIMIT 1`);
  const slug = jobs[0]!.slug;
  const context = await loadApplicationFormContext({ slug });
  const resume = resumePdf(RESUME_BYTES, "Resume: systems engineer, C++ and Rust, runtime and networking work");

  let roundTrips = 0;
  const counted = new WeakSet<pg.PoolClient>();
  dbPool().on("acquire", (client) => {
    if (counted.has(client)) return;
    counted.add(client);
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as unknown as { query: unknown }).query = (...args: unknown[]) => {
      roundTrips += 1;
      return query(...args);
    };
  });

  let sequence = 0;
  const confirmations: string[] = [];
  async function applyOnce(): Promise<string[]> {
    sequence += 1;
    const { resume: _file, ...payload } = validApplicationPayload(context, {
      email: `cost.${randomUUID()}@example.com`,
    });
    const form = new FormData();
    form.set("payload", JSON.stringify(payload));
    form.set("resume", new File([new Uint8Array(resume)], "resume.pdf", { type: "application/pdf" }));
    const request = new Request(`http://localhost:3000/api/jobs/${slug}/applications`, { method: "POST", body: form });
    const headers = new Headers({ "x-forwarded-for": `198.18.${(sequence >> 8) & 255}.${sequence & 255}` });
    await limitApplying(headers);
    const parsed = await readMultipart(request);
    const submitted = await applyToJob({
      job: { slug },
      payload: {
        ...(JSON.parse(String(parsed.get("payload"))) as object),
        resume: filePart(parsed, "resume"),
        coverLetterFile: filePart(parsed, "coverLetterFile"),
      },
      source: "CAREERS_SITE",
    });
    // With a worker, this only hands the confirmation over (decision 0049): the worker sends it.
    await finishSubmission(submitted);
    if (submitted.confirmationEmailId) confirmations.push(submitted.confirmationEmailId);
    return submitted.documentIds;
  }

  async function run(total: number): Promise<string[]> {
    const documents: string[] = [];
    let started = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (started < total) {
          started += 1;
          documents.push(...(await applyOnce()));
        }
      }),
    );
    return documents;
  }

  // Postgres backends' CPU, sampled every 50 ms: a pooled connection closed during a phase keeps
  // what it had used when last seen (its /proc entry is gone by the end).
  const backendPids = async () =>
    (
      await admin.query<{ pid: number }>(
        `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`,
      )
    ).rows.map((row) => row.pid);
  async function databaseCpu<T>(work: () => Promise<T>): Promise<{ result: T; ms: number }> {
    const start = new Map<number, number>();
    const latest = new Map<number, number>();
    const sample = async () => {
      for (const pid of await backendPids()) {
        const cpu = processCpuMs(pid);
        if (!start.has(pid)) start.set(pid, latest.has(pid) ? latest.get(pid)! : cpu);
        if (cpu > 0) latest.set(pid, cpu);
      }
    };
    await sample();
    // A backend first seen while sampling started during the phase: all of its CPU counts.
    const seenAtStart = new Set(start.keys());
    let sampling = true;
    const sampler = (async () => {
      while (sampling) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        await sample();
      }
    })();
    const result = await work();
    sampling = false;
    await sampler;
    await sample();
    let ms = 0;
    for (const [pid, cpu] of latest) ms += cpu - (seenAtStart.has(pid) ? start.get(pid)! : 0);
    return { result, ms };
  }

  await run(Math.max(20, Math.round(count / 5))); // warm-up: JIT, pools, pg-boss started
  confirmations.length = 0;
  const cpuBefore = process.cpuUsage();
  const tripsBefore = roundTrips;
  const started = performance.now();
  const { result: documents, ms: databaseMs } = await databaseCpu(() => profiled("app", () => run(count)));
  const elapsed = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  const trips = roundTrips - tripsBefore;

  // The worker's part: reading each resume's text into the search column, one after another, and
  // sending the confirmations (captured without SMTP_URL, as the app did before decision 0049).
  const workerCpuBefore = process.cpuUsage();
  const { ms: workerDatabaseMs } = await databaseCpu(() =>
    profiled("worker", async () => {
      for (const id of documents) await readDocumentText(id);
      for (const id of confirmations.splice(0)) await deliverOutboxMessage(id);
    }),
  );
  const workerCpu = process.cpuUsage(workerCpuBefore);

  const perApplication = (ms: number) => Math.round((ms / count) * 100) / 100;
  const appMs = (cpu.user + cpu.system) / 1000;
  const workerMs = (workerCpu.user + workerCpu.system) / 1000;
  console.log(
    JSON.stringify({
      applications: count,
      concurrency: CONCURRENCY,
      seconds: Math.round(elapsed) / 1000,
      roundTripsPerApplication: perApplication(trips),
      appCpuMs: perApplication(appMs),
      databaseCpuMs: perApplication(databaseMs),
      workerCpuMs: perApplication(workerMs),
      workerDatabaseCpuMs: perApplication(workerDatabaseMs),
      totalCpuMs: perApplication(appMs + databaseMs + workerMs + workerDatabaseMs),
    }),
  );
  await admin.end();
  await stopQueue();
  await dbPool().end();
}

const mode = process.argv[2];
await (mode === "setup" ? setup() : measure(Number(mode ?? 200)));
process.exit(0);
