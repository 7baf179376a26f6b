// Times the applications table's queries (filters, searches and every sort a recruiter picks)
// on a database filled by the bench's own load, and prints their plans with buffers read
// (`npm run bench` measures the whole app; this looks inside one query at a time):
//   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres npm run bench:queries -- [applications=100000]
// It creates its own database on that server (never touches the one named) and drops it after,
// unless BENCH_KEEP=1. BENCH_DATABASE_URL names a database to use instead: an empty one is
// filled, one the bench (or this script) filled earlier is measured as it is.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "../../lib/generated/prisma/client";
import { migrateDatabase } from "../db/migrate";
import { createServerDatabase } from "../../tests/support/test-database";
import { actorFor, createStaffUser } from "../../tests/factories";
import type { Actor } from "../../lib/auth/actor";
import { seedBench } from "./seed";
import { SEARCH_TERMS, SORTS } from "./staff";

const total = Number((process.argv[2] ?? "100000").replace(/_/g, ""));
const adminUrl = process.env.DATABASE_URL;
if (!adminUrl) throw new Error("Set DATABASE_URL to a Postgres server the bench may create a database on.");
const RUNS = 5;

async function openDatabase(): Promise<{ url: string; release: () => Promise<void> }> {
  const given = process.env.BENCH_DATABASE_URL;
  if (given) return { url: given, release: async () => undefined };
  const database = await createServerDatabase(adminUrl!, "trellis_bench");
  return {
    url: database.url,
    release: async () => {
      if (process.env.BENCH_KEEP === "1") console.log(`Kept ${database.url} (BENCH_KEEP=1)`);
      else await database.drop();
    },
  };
}

async function main() {
  const database = await openDatabase();
  const queries: { query: string; params: string }[] = [];
  const prisma = new PrismaClient({
    adapter: new PrismaPg({ connectionString: database.url, max: 10 }),
    log: [{ emit: "event", level: "query" }],
  });
  prisma.$on("query", (event) => queries.push({ query: event.query, params: event.params }));
  const sql = new pg.Client({ connectionString: database.url });
  try {
    await migrateDatabase(database.url, () => undefined);
    await sql.connect();
    const { rows } = await sql.query<{ jobs: string }>(`SELECT count(*) AS jobs FROM "Job"`);
    if (Number(rows[0]!.jobs) === 0) await seedBench(database.url, { applications: total, jobs: 20 }, console.log);
    // queryApplications uses lib/db's client; hand it this one (lib/db reuses globalThis.trellisDb).
    process.env.DATABASE_URL = database.url;
    (globalThis as { trellisDb?: PrismaClient }).trellisDb = prisma;
    const { queryApplications } = await import("../../lib/applications-table/query-applications");
    const { parseApplicationsView } = await import("../../lib/applications-table/view-schema");

    const sizes = await sql.query(
      `SELECT (SELECT count(*) FROM "Application") AS applications,
              pg_size_pretty(pg_total_relation_size('"Application"')) AS application, pg_size_pretty(pg_database_size(current_database())) AS database`,
    );
    console.log(
      `${sizes.rows[0].applications} applications; Application with its indexes ${sizes.rows[0].application}, database ${sizes.rows[0].database}\n`,
    );

    const big = await prisma.job.findFirstOrThrow({
      orderBy: { applications: { _count: "desc" } },
      select: { id: true, stages: { orderBy: { position: "asc" }, select: { id: true } } },
    });
    const others = await prisma.job.findMany({
      where: { id: { not: big.id }, applications: { some: {} } },
      orderBy: { id: "asc" },
      take: 2,
    });
    const tag = await prisma.tag.findFirstOrThrow({ orderBy: { id: "asc" } });
    const recruiter = actorFor(await createStaffUser(prisma, { role: "RECRUITER" }));
    const manager = actorFor(await createStaffUser(prisma, { role: "HIRING_MANAGER" }));
    await prisma.hiringTeamMember.createMany({
      data: others.map((job) => ({ jobId: job.id, userId: manager.userId, role: "HIRING_MANAGER" as const })),
    });
    const job = String(big.id);
    const screen = String(big.stages[1]!.id);
    const sorted = (label: string, params: Record<string, string>) =>
      SORTS.map(
        ({ sort, dir }) =>
          [`${label}, by ${sort} ${dir}`, recruiter, { ...params, sort, dir }] as [string, Actor, typeof params],
      );
    const scenarios: [string, Actor, Record<string, string>][] = [
      ["all jobs, newest first", recruiter, {}],
      ["all jobs, page 200", recruiter, { page: "200" }],
      ["all jobs, last activity, 100 a page", recruiter, { sort: "lastActivity", pageSize: "100" }],
      ...sorted("big job", { jobId: job }),
      ...sorted("big job, one stage, active", { jobId: job, stage: screen, status: "active" }),
      ...SEARCH_TERMS.flatMap((term) => sorted(`search ${term}`, { q: term })),
      ["search an email fragment", recruiter, { q: "bench-4242@" }],
      ["status + source across jobs", recruiter, { status: "rejected", source: "referral" }],
      ["tag across jobs", recruiter, { tag: String(tag.id) }],
      ["applied date range", recruiter, { appliedFrom: new Date(Date.now() - 30 * 864e5).toISOString().slice(0, 10) }],
      ["hiring manager, their jobs", manager, {}],
      ["hiring manager, search by stage", manager, { q: "rust", sort: "stage", dir: "asc" }],
    ];
    for (const [name, actor, params] of scenarios) {
      const view = parseApplicationsView(params);
      const times: number[] = [];
      let result;
      for (let run = 0; run < RUNS; run += 1) {
        queries.length = 0;
        const start = performance.now();
        result = await queryApplications({ actor, view });
        times.push(performance.now() - start);
      }
      times.sort((a, b) => a - b);
      console.log(
        `## ${name}: median ${times[RUNS >> 1]!.toFixed(1)} ms (max ${times.at(-1)!.toFixed(1)}), ${result!.total}${result!.totalIsLowerBound ? "+" : ""} matches`,
      );
      // The count and the page of applications; the relations (candidate, job, stage, tags)
      // follow as lookups by primary key.
      const main = queries.filter(
        (entry) => /^SELECT/i.test(entry.query) && /FROM "public"\."Application"/.test(entry.query.split("WHERE")[0]!),
      );
      for (const { query, params: bound } of main) {
        const plan = await sql.query(`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${query}`, JSON.parse(bound));
        const lines = plan.rows.map((row) => row["QUERY PLAN"] as string);
        const kind = /count\(|SELECT "public"\."Application"\."id" FROM/i.test(query) ? "count" : "rows ";
        const buffers = lines.find((line) => line.trim().startsWith("Buffers:"))?.trim() ?? "";
        console.log(
          `   ${kind}: ${lines
            .filter((line) => /Scan|Sort|Join|Loop|Execution/.test(line))
            .slice(0, 6)
            .map((line) => line.trim().replace(/\(actual time=\S+ (rows=\d+) loops=\d+\)/, "($1)"))
            .join(" | ")} | ${buffers}`,
        );
      }
    }
  } finally {
    await sql.end().catch(() => undefined);
    await prisma.$disconnect();
    await database.release();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
