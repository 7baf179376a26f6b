// Times the applications table's queries on a large, throwaway database and prints their plans
// (`npm run bench` measures the whole app; this looks inside one query at a time):
//   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/postgres npm run bench:queries -- [applications=100000]
// It creates its own database on that server (never touches the one named) and drops it after.
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient } from "../../lib/generated/prisma/client";
import { applyMigrations } from "../db/schema-engine";
import { createServerDatabase } from "../../tests/support/test-database";
import { actorFor, createJob, createStaffUser, ensureFormVersion } from "../../tests/factories";
import { FIRST_NAMES as FIRST, LAST_NAMES as LAST, RESUME_WORDS as WORDS } from "./seed-words";

const total = Number(process.argv[2] ?? 100_000);
const adminUrl = process.env.DATABASE_URL;
if (!adminUrl) throw new Error("Set DATABASE_URL to a Postgres server the bench may create a database on.");

async function main() {
  const database = await createServerDatabase(adminUrl!, "trellis_bench");
  const queries: { query: string; params: string }[] = [];
  const prisma = new PrismaClient({
    adapter: new PrismaPg({ connectionString: database.url, max: 10 }),
    log: [{ emit: "event", level: "query" }],
  });
  prisma.$on("query", (event) => queries.push({ query: event.query, params: event.params }));
  const sql = new pg.Client({ connectionString: database.url });
  try {
    await applyMigrations(database.url);
    await sql.connect();
    // queryApplications uses lib/db's client; hand it this one (lib/db reuses globalThis.trellisDb).
    process.env.DATABASE_URL = database.url;
    (globalThis as { trellisDb?: PrismaClient }).trellisDb = prisma;
    const { queryApplications } = await import("../../lib/applications-table/query-applications");
    const { parseApplicationsView } = await import("../../lib/applications-table/view-schema");

    const started = Date.now();
    const privacy = await ensureFormVersion(prisma, "PRIVACY_NOTICE");
    const jobs = [];
    for (let index = 0; index < 20; index += 1) jobs.push(await createJob(prisma, { questions: [] }));
    // Building the search indexes once after the load is much faster than updating them per row.
    await sql.query(`DROP INDEX "Application_searchWords_idx"`);
    await sql.query(`DROP INDEX "Application_searchKeys_idx"`);
    await loadApplications(
      sql,
      jobs.map((job) => ({ id: job.id, stages: job.stages.map((stage) => stage.id) })),
      privacy.id,
    );
    await sql.query(`CREATE INDEX "Application_searchWords_idx" ON "Application" USING GIN ("searchWords")`);
    await sql.query(`CREATE INDEX "Application_searchKeys_idx" ON "Application" USING GIN ("searchKeys" gin_trgm_ops)`);
    const tag = await prisma.tag.create({ data: { name: "bench" } });
    await sql.query(
      `INSERT INTO "ApplicationTag" ("applicationId", "tagId") SELECT id, $1 FROM "Application" WHERE random() < 0.02`,
      [tag.id],
    );
    await sql.query("VACUUM ANALYZE");
    console.log(`Loaded ${total} applications in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    const sizes = await sql.query(
      `SELECT pg_size_pretty(pg_relation_size('"Application_searchWords_idx"')) AS words, pg_size_pretty(pg_relation_size('"Application_searchKeys_idx"')) AS keys,
              pg_size_pretty(pg_total_relation_size('"Application"')) AS application`,
    );
    console.log(
      `Sizes: word index ${sizes.rows[0].words}, trigram index of keys ${sizes.rows[0].keys}, Application with indexes ${sizes.rows[0].application}\n`,
    );

    const recruiter = actorFor(await createStaffUser(prisma, { role: "RECRUITER" }));
    const manager = actorFor(await createStaffUser(prisma, { role: "HIRING_MANAGER" }));
    await prisma.hiringTeamMember.createMany({
      data: jobs.slice(1, 3).map((job) => ({ jobId: job.id, userId: manager.userId, role: "HIRING_MANAGER" as const })),
    });
    const big = jobs[0]!;
    const scenarios: [string, typeof recruiter, Record<string, string>][] = [
      ["all jobs, newest first", recruiter, {}],
      ["all jobs, page 200", recruiter, { page: "200" }],
      ["all jobs, last activity, 100 a page", recruiter, { sort: "lastActivity", pageSize: "100" }],
      ["big job, newest first", recruiter, { jobId: String(big.id) }],
      ["big job, one stage", recruiter, { jobId: String(big.id), stage: String(big.stages[2]!.id) }],
      ["big job, by name", recruiter, { jobId: String(big.id), sort: "name", dir: "asc" }],
      ["big job, by stage", recruiter, { jobId: String(big.id), sort: "stage", dir: "desc" }],
      ["all jobs, by name", recruiter, { sort: "name", dir: "asc" }],
      ["search a common word (rust)", recruiter, { q: "rust" }],
      ["search a full name", recruiter, { q: "grace torvalds" }],
      ["search an email fragment", recruiter, { q: "bench-4242@" }],
      ["search two common words by name", recruiter, { q: "rust kernel", sort: "name", dir: "asc" }],
      ["search with no match", recruiter, { q: "xylophonist" }],
      ["status + source across jobs", recruiter, { status: "rejected", source: "referral" }],
      ["tag across jobs", recruiter, { tag: String(tag.id) }],
      ["applied date range", recruiter, { appliedFrom: new Date(Date.now() - 30 * 864e5).toISOString().slice(0, 10) }],
      ["hiring manager, their jobs", manager, {}],
    ];
    for (const [name, actor, params] of scenarios) {
      const view = parseApplicationsView(params);
      const times: number[] = [];
      let result;
      for (let run = 0; run < 5; run += 1) {
        queries.length = 0;
        const start = performance.now();
        result = await queryApplications({ actor, view });
        times.push(performance.now() - start);
      }
      times.sort((a, b) => a - b);
      console.log(
        `## ${name}: median ${times[2]!.toFixed(1)} ms (max ${times[4]!.toFixed(1)}), ${result!.total} matches`,
      );
      // The count and the page of applications; the relations (candidate, job, stage, tags)
      // follow as lookups by primary key.
      const main = queries.filter(
        (entry) => /^SELECT/i.test(entry.query) && /FROM "public"\."Application"/.test(entry.query.split("WHERE")[0]!),
      );
      for (const { query, params: bound } of main) {
        const plan = await sql.query(`EXPLAIN (ANALYZE, COSTS OFF) ${query}`, JSON.parse(bound));
        const lines = plan.rows.map((row) => row["QUERY PLAN"] as string);
        const kind = /count\(/i.test(query) ? "count" : "rows";
        console.log(
          `   ${kind}: ${lines
            .filter((line) => /Scan|Sort|Join|Loop|Execution/.test(line))
            .slice(0, 8)
            .map((line) => line.trim())
            .join(" | ")}`,
        );
      }
    }
  } finally {
    await sql.end().catch(() => undefined);
    await prisma.$disconnect();
    await database.drop();
  }
}

/** Candidates and applications in bulk SQL: 40% in the first job, the rest spread over the others. */
async function loadApplications(sql: pg.Client, jobs: { id: number; stages: number[] }[], privacyId: string) {
  await sql.query(`CREATE TEMP TABLE bench_job AS SELECT * FROM unnest($1::int[], $2::text[]) AS t(idx, stages)`, [
    jobs.map((job) => job.id),
    jobs.map((job) => `{${job.stages.join(",")}}`),
  ]);
  await sql.query(`ALTER TABLE bench_job ADD COLUMN n serial`);
  await sql.query(
    `INSERT INTO "Candidate" (id, "firstName", "lastName", email, "emailNormalized", "updatedAt")
     SELECT 'c' || i, initcap(($1::text[])[1 + i % array_length($1, 1)]), initcap(($2::text[])[1 + (i / 7) % array_length($2, 1)]),
            'bench-' || i || '@example.com', 'bench-' || i || '@example.com', now()
     FROM generate_series(1, $3) AS i`,
    [FIRST, LAST, total],
  );
  await sql.query(
    `INSERT INTO "Application" (id, reference, "jobId", "candidateId", "stageId", status, "emailNormalized", "submissionKey", source,
       "privacyNoticeVersionId", "privacyAcknowledgedAt", "submittedAt", "lastActivityAt", "sortName", "searchKeys", "searchText")
     SELECT 'a' || i, 'TRL-' || i, j.idx, 'c' || i, (j.stages::int[])[1 + floor(power(random(), 2) * 7)::int],
            (ARRAY['ACTIVE','ACTIVE','ACTIVE','REJECTED','WITHDRAWN','HIRED'])[1 + i % 6]::"ApplicationStatus",
            'bench-' || i || '@example.com', 'key-' || i,
            (ARRAY['CAREERS_SITE','CAREERS_SITE','JOB_BOARD_API','REFERRAL','AGENCY','SOURCED'])[1 + (i / 3) % 6]::"ApplicationSource",
            $3, now(), now() - (i || ' minutes')::interval, now() - ((i * 7919) % 500000 || ' minutes')::interval,
            lower(c."lastName" || ' ' || c."firstName"), lower(c."firstName" || ' ' || c."lastName" || ' ' || c.email || ' trl-' || i),
            lower(c."firstName" || ' ' || c."lastName" || ' ' || c.email || ' trl-' || i || ' ' ||
              array_to_string(ARRAY(SELECT ($1::text[])[1 + floor(random() * array_length($1, 1))::int] FROM generate_series(1, 140) WHERE i > 0), ' '))
     FROM generate_series(1, $2) AS i
     JOIN "Candidate" c ON c.id = 'c' || i
     JOIN bench_job j ON j.n = CASE WHEN i % 10 < 4 THEN 1 ELSE 2 + i % ${jobs.length - 1} END`,
    [WORDS, total, privacyId],
  );
  // As buildSearchWords: each run of letters and digits once, and the beginnings of the keys' words.
  await sql.query(
    `UPDATE "Application" SET "searchWords" = ARRAY(SELECT DISTINCT word FROM (SELECT regexp_split_to_table("searchText", '[^[:alnum:]]+')
       UNION ALL SELECT left(k, n) FROM regexp_split_to_table("searchKeys", '[^[:alnum:]]+') AS k, generate_series(2, length(k)) AS n) AS w(word) WHERE word <> '')`,
  );
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
