import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { BOARD_PAGE_SIZE } from "@/lib/pipeline/board-limits";
import { getJobBoard } from "@/lib/pipeline/get-job-board";
import { createApplication, ensureFormVersion, uniqueSuffix } from "../factories";
import { testDb } from "../support/db";
import { createPipelineFixture } from "../support/pipeline";

const CARD_KEYS = [
  "firstName",
  "id",
  "knockedOut",
  "lastName",
  // The language the candidate applied in: which version of a template's email they are sent.
  "locale",
  "preferredName",
  "reference",
  "source",
  "stageId",
  "submittedAt",
  "tags",
  "version",
];

describe("getJobBoard", () => {
  it("lists the job's stages in order with active counts and the essentials of each card, newest first", async () => {
    const { job, applications, recruiter, stage } = await createPipelineFixture({ applicationCount: 3 });
    await createApplication(testDb, { jobId: job.id, status: "REJECTED" });
    // A hire stays on the board in its stage, so it can be moved back out.
    const hired = await createApplication(testDb, { jobId: job.id, stageName: "Hired", status: "HIRED" });
    const screened = await createApplication(testDb, {
      jobId: job.id,
      stageName: "Recruiter screen",
      candidate: { preferredName: "Countess" },
      overrides: { knockedOut: true },
      workAuthorization: true,
      exportControl: true,
      accommodation: true,
    });
    const tag = await testDb.tag.create({ data: { name: `Strong ${uniqueSuffix()}` } });
    await testDb.applicationTag.create({ data: { applicationId: screened.id, tagId: tag.id } });

    const board = await getJobBoard({ actor: recruiter, jobId: job.id });

    expect(board.job).toMatchObject({ id: job.id, title: job.title });
    expect(board.columns.map((column) => [column.name, column.count])).toEqual([
      ["Applied", 3],
      ["Recruiter screen", 1],
      ["Hiring manager screen", 0],
      ["Technical interviews", 0],
      ["Onsite panel", 0],
      ["Offer", 0],
      ["Hired", 1],
    ]);
    expect(board.columns.at(-1)!.cards.map((card) => card.id)).toEqual([hired.id]);
    expect(board.columns[0]!.cards.map((card) => card.id)).toEqual(applications.map((application) => application.id));
    const card = board.columns.find((column) => column.stageId === stage("Recruiter screen").id)!.cards[0]!;
    // Exactly these fields: no email, phone, eligibility, accommodation or self-identification.
    expect(Object.keys(card).sort()).toEqual(CARD_KEYS);
    expect(card).toMatchObject({
      id: screened.id,
      preferredName: "Countess",
      knockedOut: true,
      tags: [tag.name],
      version: 0,
    });
    expect(board.permissions).toEqual({ canMove: true, canReject: true, canTag: true });
    expect(board.senderName).toBe("Rita Recruiter");
  });

  it("gives every card its own candidate's name and its own tags, oldest first, whichever column it is in", async () => {
    const { job, applications, recruiter, stage } = await createPipelineFixture({ applicationCount: 2 });
    const [untagged, taggedTwice] = applications as [(typeof applications)[number], (typeof applications)[number]];
    const onsite = await createApplication(testDb, {
      jobId: job.id,
      stageName: "Onsite panel",
      candidate: { firstName: "Onsite" },
    });
    const [first, second] = await Promise.all(
      [1, 2].map((n) => testDb.tag.create({ data: { name: `Board tag ${n} ${uniqueSuffix()}` } })),
    );
    const earlier = new Date(Date.now() - 60_000);
    await testDb.applicationTag.createMany({
      data: [
        { applicationId: taggedTwice.id, tagId: second!.id, createdAt: new Date() },
        { applicationId: taggedTwice.id, tagId: first!.id, createdAt: earlier },
        { applicationId: onsite.id, tagId: second!.id },
      ],
    });

    const board = await getJobBoard({ actor: recruiter, jobId: job.id });
    const cards = board.columns.flatMap((column) => column.cards);
    const cardOf = (id: string) => cards.find((card) => card.id === id)!;

    expect(cardOf(untagged.id).tags).toEqual([]);
    expect(cardOf(taggedTwice.id).tags).toEqual([first!.name, second!.name]);
    expect(cardOf(onsite.id)).toMatchObject({
      stageId: stage("Onsite panel").id,
      firstName: "Onsite",
      tags: [second!.name],
    });
    const names = await testDb.candidate.findMany({
      where: { applications: { some: { jobId: job.id } } },
      select: { firstName: true, applications: { select: { id: true } } },
    });
    for (const candidate of names) expect(cardOf(candidate.applications[0]!.id).firstName).toBe(candidate.firstName);
  });

  it("is not found for hiring managers of other jobs and for interviewers", async () => {
    const { job, hiringManager, otherHiringManager, interviewer } = await createPipelineFixture({
      applicationCount: 1,
    });
    expect((await getJobBoard({ actor: hiringManager, jobId: job.id })).columns[0]!.count).toBe(1);
    for (const actor of [otherHiringManager, interviewer]) {
      const error = await getJobBoard({ actor, jobId: job.id }).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe("NOT_FOUND");
    }
  });

  it("stays fast at 20,000 applications: the newest page of each column, more on request", async () => {
    const { job, recruiter, stage } = await createPipelineFixture({ applicationCount: 0 });
    await insertApplications(
      job.id,
      job.stages.map((row) => row.id),
      20_000,
    );
    await testDb.$executeRawUnsafe(`ANALYZE "Application"`);

    // The first call also opens pool connections; the second is what a busy app sees.
    await getJobBoard({ actor: recruiter, jobId: job.id });
    const started = performance.now();
    const board = await getJobBoard({ actor: recruiter, jobId: job.id });
    const elapsed = performance.now() - started;

    expect(board.columns.reduce((sum, column) => sum + column.count, 0)).toBe(18_000);
    for (const column of board.columns) expect(column.cards.length).toBe(Math.min(column.count, BOARD_PAGE_SIZE));
    const applied = board.columns[0]!;
    const dates = applied.cards.map((card) => card.submittedAt);
    expect(dates).toEqual([...dates].sort().reverse());
    console.log(`[pipeline-board] board of 20,000 applications loaded in ${elapsed.toFixed(0)} ms`);
    expect(elapsed).toBeLessThan(1_000);

    const more = await getJobBoard({ actor: recruiter, jobId: job.id, limits: { [stage("Applied").id]: 100 } });
    expect(more.columns[0]!.cards).toHaveLength(100);
    expect(more.columns[0]!.cards.slice(0, BOARD_PAGE_SIZE)).toEqual(applied.cards);
  });
});

/** Bulk rows straight in SQL: the factories would take minutes for 20,000. 10% are rejected. */
async function insertApplications(jobId: number, stageIds: number[], count: number) {
  const privacy = await ensureFormVersion(testDb, "PRIVACY_NOTICE");
  const prefix = `bulk${uniqueSuffix()}`;
  await testDb.$executeRawUnsafe(
    `WITH people AS (
       INSERT INTO "Candidate" ("id", "firstName", "lastName", "email", "emailNormalized", "updatedAt")
       SELECT $1 || g, 'First' || g, 'Last' || g, $1 || g || '@example.com', $1 || g || '@example.com', now()
         FROM generate_series(1, $2::int) AS g
       RETURNING "id", "emailNormalized"
     )
     INSERT INTO "Application" ("id", "reference", "jobId", "candidateId", "stageId", "status", "emailNormalized",
                                "submissionKey", "privacyNoticeVersionId", "privacyAcknowledgedAt", "submittedAt")
     SELECT 'a' || p."id", 'R-' || p."id", $3, p."id",
            ($4::int[])[CASE WHEN n % 7 < 4 THEN 1 ELSE n % 7 + 1 END],
            (CASE WHEN n % 10 = 0 THEN 'REJECTED' ELSE 'ACTIVE' END)::"ApplicationStatus",
            p."emailNormalized", 'k' || p."id", $5, now(), now() - n * interval '1 minute'
       FROM (SELECT *, row_number() OVER () AS n FROM people) AS p`,
    prefix,
    count,
    jobId,
    stageIds,
    privacy.id,
  );
}
