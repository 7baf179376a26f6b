// The bench's bulk load in plain SQL: candidates, resumes with extracted text, applications
// spread over the bench jobs (one large job), their stage histories, notes and tags. Row by row
// through Prisma, 100,000 applications would take most of an hour; set-based SQL takes minutes.
// The rows follow the factories' shapes (tests/factories): what searchText and sortName hold,
// the reference format, one transition per stage step as lib/pipeline writes them.
import type pg from "pg";
import { FIRST_NAMES, LAST_NAMES, LOCATIONS, NOTE_SENTENCES, RESUME_WORDS } from "./seed-words";

export type BulkJob = { id: number; stageIds: number[] };

export type BulkLoad = {
  /** The first job is the large one. */
  jobs: BulkJob[];
  total: number;
  /** Applications of the first job. */
  largeJobApplications: number;
  privacyNoticeVersionId: string;
  /** Staff who move applications and write notes. */
  staffIds: string[];
  rejectionReasonIds: { weRejected: number[]; candidateWithdrew: number[] };
};

/** Words of resume text per application (a one-page resume holds about 300-600). */
export const RESUME_WORD_COUNT = 300;
const SOURCES = ["CAREERS_SITE", "CAREERS_SITE", "CAREERS_SITE", "JOB_BOARD_API", "REFERRAL", "AGENCY", "SOURCED"];

/**
 * searchWords as buildSearchWords makes them: each run of letters and digits of the text once,
 * and the beginnings (two characters or more) of those of the keys.
 */
function searchWordsOf(text: string, keys: string): string {
  return `ARRAY(SELECT DISTINCT word FROM (SELECT regexp_split_to_table(${text}, '[^[:alnum:]]+')
            UNION ALL SELECT left(k, n) FROM regexp_split_to_table(${keys}, '[^[:alnum:]]+') AS k, generate_series(2, length(k)) AS n) AS w(word)
          WHERE word <> '')`;
}

export async function loadApplications(sql: pg.Client, load: BulkLoad, log: (line: string) => void): Promise<void> {
  const timed = async (label: string, text: string, values: unknown[] = []) => {
    const started = Date.now();
    const result = await sql.query(text, values);
    log(`  ${label}: ${result.rowCount ?? 0} rows in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  };
  await sql.query(`CREATE TEMP TABLE bench_job (n int PRIMARY KEY, id int NOT NULL, stages int[] NOT NULL)`);
  await sql.query(
    `INSERT INTO bench_job SELECT n, id, stages::int[] FROM unnest($1::int[], $2::text[]) WITH ORDINALITY AS t(id, stages, n)`,
    [load.jobs.map((job) => job.id), load.jobs.map((job) => `{${job.stageIds.join(",")}}`)],
  );
  // Every random draw once, so the tables below agree with each other.
  await timed(
    "draws",
    `CREATE TEMP TABLE bench_app AS
     SELECT i, job_n, least(k, stage_count - 1) AS k, stage_count,
            CASE WHEN least(k, stage_count - 1) = stage_count - 1 THEN 'HIRED'
                 WHEN r < 0.72 THEN 'ACTIVE' WHEN r < 0.93 THEN 'REJECTED' ELSE 'WITHDRAWN' END AS status,
            submitted, submitted + random() * (now() - submitted) AS last_activity,
            'TRL-' || substr(h, 1, 4) || '-' || substr(h, 5, 4) AS reference
     FROM (
       SELECT i, d.job_n, array_length(j.stages, 1) AS stage_count, random() AS r,
              CASE WHEN s < 0.55 THEN 0 WHEN s < 0.80 THEN 1 WHEN s < 0.90 THEN 2 WHEN s < 0.96 THEN 3
                   WHEN s < 0.985 THEN 4 WHEN s < 0.996 THEN 5 ELSE 6 END AS k,
              now() - random() * interval '180 days' AS submitted,
              upper(lpad(to_hex(i), 8, '0')) AS h
       FROM (SELECT i, random() AS s,
                    CASE WHEN i <= $2 THEN 1 ELSE 2 + (i - $2 - 1) % ($3 - 1) END AS job_n
             FROM generate_series(1, $1) AS i) d
       JOIN bench_job j ON j.n = d.job_n
     ) drawn`,
    [load.total, load.largeJobApplications, load.jobs.length],
  );
  await sql.query(`ALTER TABLE bench_app ADD PRIMARY KEY (i)`);

  await timed(
    "candidates",
    `INSERT INTO "Candidate" (id, "firstName", "lastName", email, "emailNormalized", phone, location, "linkedinUrl", "createdAt", "updatedAt")
     SELECT 'bench-c-' || i, f, l, e, e, '+1 512 555 ' || lpad((i % 10000)::text, 4, '0'), ($4::text[])[1 + i % array_length($4, 1)],
            'https://www.linkedin.com/in/' || lower(f || '-' || l || '-' || i), submitted, submitted
     FROM (SELECT a.i, a.submitted, ($1::text[])[1 + a.i % array_length($1, 1)] AS f, ($2::text[])[1 + (a.i / 7) % array_length($2, 1)] AS l,
                  lower(($1::text[])[1 + a.i % array_length($1, 1)] || '.' || ($2::text[])[1 + (a.i / 7) % array_length($2, 1)]) || '.' || a.i || '@' || $3 AS e
           FROM bench_app a) named`,
    [FIRST_NAMES, LAST_NAMES, "example.com", LOCATIONS],
  );
  // `WHERE a.i > 0` ties the word list to the row, so each resume draws its own words.
  await timed(
    "resumes",
    `INSERT INTO "StoredFile" (id, "storageKey", purpose, "fileName", "contentType", "byteSize", sha256, "extractedText", "createdAt")
     SELECT 'bench-f-' || a.i, 'bench/' || a.i || '.pdf', 'RESUME', lower(c."firstName" || '-' || c."lastName") || '-resume.pdf',
            'application/pdf', 60000 + (a.i::bigint * 7919) % 240000, encode(sha256(('bench-' || a.i)::bytea), 'hex'),
            c."firstName" || ' ' || c."lastName" || ' ' || c.email || ' ' ||
              array_to_string(ARRAY(SELECT ($1::text[])[1 + floor(random() * array_length($1, 1))::int] FROM generate_series(1, $2) WHERE a.i > 0), ' '),
            a.submitted
     FROM bench_app a JOIN "Candidate" c ON c.id = 'bench-c-' || a.i`,
    [RESUME_WORDS, RESUME_WORD_COUNT],
  );
  // About a third of applications carry one to three notes, as screens and debriefs leave them.
  // Drawn before the applications, whose search text holds them (refreshApplicationSearchText:
  // after the name and before the resume), so no row is written twice.
  await timed(
    "note draws",
    `CREATE TEMP TABLE bench_note AS
     SELECT a.i, n, ($1::text[])[1 + (a.i + n) % array_length($1, 1)] AS author,
            ($2::text[])[1 + (a.i * 3 + n) % array_length($2, 1)] AS body,
            a.submitted + (a.last_activity - a.submitted) * n / 4 AS created_at
     FROM bench_app a, generate_series(1, 1 + a.i % 3) AS n
     WHERE a.i % 3 = 1`,
    [load.staffIds, NOTE_SENTENCES],
  );
  await sql.query(
    `CREATE TEMP TABLE bench_note_text AS
     SELECT i, string_agg(body, ' ' ORDER BY created_at, n) AS bodies FROM bench_note GROUP BY i`,
  );
  await sql.query(`ALTER TABLE bench_note_text ADD PRIMARY KEY (i)`);
  await timed(
    "applications",
    `INSERT INTO "Application" (id, reference, "jobId", "candidateId", "stageId", status, "emailNormalized", "submissionKey", source,
       "resumeFileId", "privacyNoticeVersionId", "privacyAcknowledgedAt", "keepOnFileConsent", "rejectionReasonId", "closedAt", version,
       "submittedAt", "lastActivityAt", "sortName", "searchKeys", "searchText", "searchWords")
     SELECT 'bench-a-' || a.i, a.reference, j.id, c.id, j.stages[1 + a.k], a.status::"ApplicationStatus", c."emailNormalized",
            gen_random_uuid()::text, ($1::text[])[1 + a.i % array_length($1, 1)]::"ApplicationSource", f.id, $2, a.submitted, a.i % 3 = 0,
            CASE a.status WHEN 'REJECTED' THEN ($3::int[])[1 + a.i % array_length($3, 1)]
                          WHEN 'WITHDRAWN' THEN ($4::int[])[1 + a.i % array_length($4, 1)] END,
            CASE WHEN a.status IN ('REJECTED', 'WITHDRAWN') THEN a.last_activity END,
            a.k + CASE WHEN a.status IN ('REJECTED', 'WITHDRAWN') THEN 1 ELSE 0 END,
            a.submitted, a.last_activity, lower(c."lastName" || ' ' || c."firstName"),
            t.keys, t.text, ${searchWordsOf("t.text", "t.keys")}
     FROM bench_app a
     JOIN bench_job j ON j.n = a.job_n
     JOIN "Candidate" c ON c.id = 'bench-c-' || a.i
     JOIN "StoredFile" f ON f.id = 'bench-f-' || a.i
     LEFT JOIN bench_note_text nt ON nt.i = a.i,
     LATERAL (SELECT lower(c."firstName" || ' ' || c."lastName" || ' ' || c.email || ' ' || a.reference) AS keys) k,
     LATERAL (SELECT k.keys, k.keys || coalesce(' ' || lower(nt.bodies), '') || ' ' || lower(f."extractedText") AS text) t`,
    [
      SOURCES,
      load.privacyNoticeVersionId,
      load.rejectionReasonIds.weRejected,
      load.rejectionReasonIds.candidateWithdrew,
    ],
  );
  // One row per stage step, spread between applying and the last activity; the step into the
  // last (HIRED-kind) stage makes the application HIRED, as lib/pipeline's move does.
  await timed(
    "stage moves",
    `INSERT INTO "StageTransition" (id, "applicationId", "fromStageId", "toStageId", "fromStatus", "toStatus", "actorId", "createdAt")
     SELECT 'bench-t-' || a.i || '-' || step, 'bench-a-' || a.i, j.stages[step], j.stages[step + 1], 'ACTIVE',
            CASE WHEN step + 1 = a.stage_count THEN 'HIRED' ELSE 'ACTIVE' END::"ApplicationStatus",
            ($1::text[])[1 + (a.i + step) % array_length($1, 1)],
            a.submitted + (a.last_activity - a.submitted) * step / (a.k + 1)
     FROM bench_app a JOIN bench_job j ON j.n = a.job_n, generate_series(1, a.k) AS step`,
    [load.staffIds],
  );
  await timed(
    "rejections and withdrawals",
    `INSERT INTO "StageTransition" (id, "applicationId", "fromStageId", "toStageId", "fromStatus", "toStatus", "rejectionReasonId", "actorId", "createdAt")
     SELECT 'bench-t-' || a.id || '-end', a.id, a."stageId", a."stageId", 'ACTIVE', a.status, a."rejectionReasonId",
            CASE WHEN a.status = 'REJECTED' THEN ($1::text[])[1 + length(a.id) % array_length($1, 1)] END, a."lastActivityAt"
     FROM "Application" a WHERE a.id LIKE 'bench-a-%' AND a.status IN ('REJECTED', 'WITHDRAWN')`,
    [load.staffIds],
  );
  await timed(
    "notes",
    `INSERT INTO "Note" (id, "applicationId", "authorId", body, "createdAt")
     SELECT 'bench-n-' || i || '-' || n, 'bench-a-' || i, author, body, created_at FROM bench_note`,
  );
  await timed(
    "tags",
    `INSERT INTO "Tag" (name) VALUES ('strong systems'), ('follow up'), ('referral priority'), ('relocation')
     ON CONFLICT (name) DO NOTHING`,
  );
  await timed(
    "tagged applications",
    `INSERT INTO "ApplicationTag" ("applicationId", "tagId", "addedById", "createdAt")
     SELECT 'bench-a-' || a.i, t.id, ($1::text[])[1 + a.i % array_length($1, 1)], a.last_activity
     FROM bench_app a JOIN "Tag" t ON t.name = (ARRAY['strong systems', 'follow up', 'referral priority', 'relocation'])[1 + a.i % 4]
     WHERE a.i % 17 = 0`,
    [load.staffIds],
  );
}
