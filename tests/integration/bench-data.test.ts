// The benchmark measures what it claims only if its data is what the app itself would have
// written: the bulk load (scripts/bench/seed-bulk.ts) against the app's own functions, the
// 300 KB resume against the upload checks, and the budget arithmetic of the report.
import pg from "pg";
import { describe, expect, it } from "vitest";
import { detectDocumentType } from "@/lib/files/detect-document-type";
import { extractDocumentText } from "@/lib/files/extract-document-text";
import { getJobBoard } from "@/lib/pipeline/get-job-board";
import { refreshApplicationSearchText } from "@/lib/search/search-text";
import { checkBudgets } from "../../scripts/bench/budgets";
import { hideOtherLanguagesFromBaseline } from "../../scripts/bench/database";
import type { BenchResults } from "../../scripts/bench/results";
import { resumePdf } from "../../scripts/bench/resume-pdf";
import { loadApplications } from "../../scripts/bench/seed-bulk";
import { actorFor, createJob, createStaffUser, ensureFormVersion } from "../factories";
import { testDb } from "../support/db";

describe("the bench's bulk load", () => {
  it("writes applications as the app does: search text, history matching the version, outcomes, one large job", async () => {
    const jobs = [await createJob(testDb), await createJob(testDb), await createJob(testDb)];
    const staff = await createStaffUser(testDb, { role: "RECRUITER" });
    const privacy = await ensureFormVersion(testDb, "PRIVACY_NOTICE");
    const reasons = await testDb.rejectionReason.createManyAndReturn({
      data: [
        { kind: "WE_REJECTED", label: `Bench test rejection ${jobs[0]!.id}`, position: 90 },
        { kind: "CANDIDATE_WITHDREW", label: `Bench test withdrawal ${jobs[0]!.id}`, position: 91 },
      ],
    });
    const sql = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await sql.connect();
    try {
      await loadApplications(
        sql,
        {
          jobs: jobs.map((job) => ({ id: job.id, stageIds: job.stages.map((stage) => stage.id) })),
          total: 300,
          largeJobApplications: 100,
          privacyNoticeVersionId: privacy.id,
          staffIds: [staff.id],
          rejectionReasonIds: { weRejected: [reasons[0]!.id], candidateWithdrew: [reasons[1]!.id] },
        },
        () => undefined,
      );
    } finally {
      await sql.end();
    }

    const perJob = await testDb.application.groupBy({
      by: ["jobId"],
      where: { id: { startsWith: "bench-a-" } },
      _count: { _all: true },
    });
    expect(Object.fromEntries(perJob.map((row) => [row.jobId, row._count._all]))).toEqual({
      [jobs[0]!.id]: 100,
      [jobs[1]!.id]: 100,
      [jobs[2]!.id]: 100,
    });

    const applications = await testDb.application.findMany({
      where: { id: { startsWith: "bench-a-" } },
      select: {
        id: true,
        version: true,
        status: true,
        searchText: true,
        searchWords: true,
        searchKeys: true,
        rejectionReasonId: true,
        closedAt: true,
        stage: { select: { kind: true } },
        resumeFile: { select: { extractedText: true } },
        _count: { select: { transitions: true, notes: true } },
      },
    });
    for (const application of applications) {
      // Every change bumps the version and writes one transition (lib/pipeline).
      expect(application._count.transitions, application.id).toBe(application.version);
      expect(application.status === "HIRED", application.id).toBe(application.stage.kind === "HIRED");
      expect(application.rejectionReasonId !== null, application.id).toBe(
        application.status === "REJECTED" || application.status === "WITHDRAWN",
      );
      expect(application.closedAt !== null, application.id).toBe(application.rejectionReasonId !== null);
      expect(application.resumeFile?.extractedText?.split(" ").length, application.id).toBeGreaterThan(300);
    }
    expect(applications.filter((application) => application._count.notes > 0).length).toBe(100);
    // 72% active, 21% rejected: both are certain among 300.
    expect(applications.some((application) => application.status === "ACTIVE")).toBe(true);
    expect(applications.some((application) => application.status === "REJECTED")).toBe(true);

    // The search columns as refreshApplicationSearchText writes them, with and without notes
    // (the words in any order: the index does not keep one).
    for (const application of applications.filter((_, index) => index % 37 === 0)) {
      await refreshApplicationSearchText(testDb, application.id);
      const refreshed = await testDb.application.findUniqueOrThrow({
        where: { id: application.id },
        select: { searchText: true, searchWords: true, searchKeys: true },
      });
      expect(application.searchText, application.id).toBe(refreshed.searchText);
      expect(application.searchKeys, application.id).toBe(refreshed.searchKeys);
      expect([...application.searchWords].sort(), application.id).toEqual([...refreshed.searchWords].sort());
    }

    // The large job's board counts what the load put in each stage, and shows those cards.
    const board = await getJobBoard({ actor: actorFor(staff), jobId: jobs[0]!.id });
    const onBoard = await testDb.application.groupBy({
      by: ["stageId"],
      where: { jobId: jobs[0]!.id, status: { in: ["ACTIVE", "HIRED"] } },
      _count: { _all: true },
    });
    const expected = Object.fromEntries(onBoard.map((row) => [row.stageId, row._count._all]));
    expect(
      Object.fromEntries(
        board.columns.filter((column) => column.count > 0).map((column) => [column.stageId, column.count]),
      ),
    ).toEqual(expected);
    for (const column of board.columns)
      expect(column.cards.length, column.name).toBe(Math.min(column.count, column.limit));
  });
});

describe("the bench's resume", () => {
  it("is a 300 KB PDF that the upload accepts and whose text is extracted", async () => {
    const bytes = new Uint8Array(resumePdf(300 * 1024, "Resume of a systems engineer"));
    expect(bytes.length).toBe(300 * 1024);
    expect(await detectDocumentType(bytes)).toBe("application/pdf");
    expect(await extractDocumentText(bytes, "application/pdf")).toBe("Resume of a systems engineer");
  });
});

describe("the bench's budgets", () => {
  it("reports a pass, a miss with its size and cause, and what was not measured", () => {
    const probe = (bytes: number, nextCache?: string) => ({ bytes, nextCache });
    const results = {
      dataset: { applications: 100_000 },
      pages: [
        { key: "trivial", load: { requestsPerSecond: 1000, p99Ms: 10 }, probe: probe(6 * 1024, "HIT") },
        { key: "posting", load: { requestsPerSecond: 900, p99Ms: 62 }, probe: probe(30 * 1024, "HIT") },
        { key: "careersHome", load: { requestsPerSecond: 960, p99Ms: 40 }, probe: probe(20 * 1024, "HIT") },
      ],
    } as unknown as BenchResults;
    const byMeasure = Object.fromEntries(checkBudgets(results).map((check) => [check.measure, check]));
    expect(byMeasure["Posting page throughput vs the app's trivial page"]).toMatchObject({
      value: 90,
      status: "miss",
      by: "−5 points",
    });
    expect(byMeasure["Posting page throughput vs the app's trivial page"]?.note).toContain(
      "served from Next.js's cache",
    );
    expect(byMeasure["Posting page HTML before compression"]).toMatchObject({
      value: 30,
      status: "miss",
      by: "+5 KB (20% over)",
    });
    expect(byMeasure["Careers home throughput vs the app's trivial page"]).toMatchObject({ value: 96, status: "pass" });
    expect(byMeasure["Careers home HTML before compression"]).toMatchObject({ value: 20, status: "pass" });
    expect(byMeasure["Applying at 20/s, open loop (300 KB PDF): p99"]).toMatchObject({
      value: null,
      status: "not measured",
    });
  });
});

describe("the baseline ref's copy of the bench database", () => {
  // The rule of a ref from before legal texts had languages: the newest version in force, any language.
  const inForceBeforeLanguages = `
    SELECT DISTINCT ON ("kind") "kind", "language" FROM "FormVersion"
     WHERE "effectiveFrom" <= now() AND ("effectiveTo" IS NULL OR "effectiveTo" > now())
     ORDER BY "kind", "effectiveFrom" DESC, "createdAt" DESC, "id" DESC`;

  it("shows an older ref the English legal texts the bench answers, not a later German version", async () => {
    const sql = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await sql.connect();
    try {
      await sql.query("BEGIN");
      // A German version in force beside the English ones, written after them (as the seed does).
      await ensureFormVersion(testDb, "PRIVACY_NOTICE");
      await sql.query(
        `INSERT INTO "FormVersion" ("id", "kind", "language", "version", "title", "bodyMarkdown", "questions", "effectiveFrom", "createdAt")
         SELECT 'bench-de-' || "id", "kind", 'de', "version" || '-bench-de', "title", "bodyMarkdown", "questions",
                "effectiveFrom", (SELECT max("createdAt") FROM "FormVersion") + interval '1 second'
           FROM "FormVersion"
          WHERE "kind" = 'PRIVACY_NOTICE' AND "effectiveFrom" <= now() AND ("effectiveTo" IS NULL OR "effectiveTo" > now())
          ORDER BY "effectiveFrom" DESC LIMIT 1`,
      );
      const before = await sql.query<{ kind: string; language: string }>(inForceBeforeLanguages);
      expect(before.rows.find((row) => row.kind === "PRIVACY_NOTICE")?.language).toBe("de");

      await hideOtherLanguagesFromBaseline(sql);
      const after = await sql.query<{ kind: string; language: string }>(inForceBeforeLanguages);
      expect(after.rows.map((row) => row.language)).not.toContain("de");
    } finally {
      await sql.query("ROLLBACK");
      await sql.end();
    }
  });
});
