// Issue 12, finding 7: someone reading the database (or a backup of it) must not be able to join
// a self-identification answer back to its application: not by id, time, transaction id or row
// order (decision 0026). Sixteen applications through the real path, each with an answer
// combination no other row has, so the test (and only the test) knows whose row is whose.
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { applyToJob } from "@/lib/submissions/apply-to-job";
import { loadApplicationFormContext } from "@/lib/submissions/load-form-context";
import { stopQueue } from "@/lib/queue/client";
import { MIX_SELF_IDENTIFICATION } from "@/lib/queue/jobs";
import { startWorker } from "@/lib/queue/start-worker";
import { countResponses } from "@/lib/reports/eeo/count-responses";
import { mixSelfIdentification } from "@/lib/self-identification/mix-self-identification";
import { periodOf } from "@/lib/self-identification/reporting-period";
import { createJob, ensureLegalForms } from "../factories";
import { validApplicationPayload } from "../support/application-payload";
import { testDb } from "../support/db";

process.env.STORAGE_DIR = await mkdtemp(path.join(tmpdir(), "trellis-self-id-"));

const APPLICANTS = 16;
type Combination = { gender: string; race: string; veteran: string; disability: string };
const keyOf = (row: {
  gender: string | null;
  race: string | null;
  veteranStatus: string | null;
  disabilityStatus: string | null;
}) => [row.gender, row.race, row.veteranStatus, row.disabilityStatus].join("|");

const quarter = periodOf(new Date());
const submitted: { applicationId: string; key: string }[] = [];
let countsBeforeMix: Awaited<ReturnType<typeof countResponses>>;

type StoredRow = {
  id: string;
  xid: string;
  gender: string | null;
  race: string | null;
  veteranStatus: string | null;
  disabilityStatus: string | null;
  periodStart: Date;
};
/** The quarter's answers as a database reader sees them, in the order they lie in the table. */
const storedRows = () =>
  testDb.$queryRaw<StoredRow[]>`
    SELECT id::text AS "id", xmin::text AS "xid", "gender", "race", "veteranStatus", "disabilityStatus", "periodStart"
      FROM "SelfIdentificationResponse" WHERE "periodStart" = ${quarter.start}::date ORDER BY ctid`;

beforeAll(async () => {
  await ensureLegalForms(testDb);
  const job = await createJob(testDb);
  const context = await loadApplicationFormContext({ id: job.id });
  const optionsOf = (form: keyof NonNullable<typeof context.selfId>["forms"]) =>
    context.selfId!.forms[form]!.questions[0]!.options.map((option) => option.value);
  const taken = new Set(
    (
      await testDb.$queryRaw<StoredRow[]>`
        SELECT "gender", "race", "veteranStatus", "disabilityStatus" FROM "SelfIdentificationResponse"
        UNION ALL SELECT "gender", "race", "veteranStatus", "disabilityStatus" FROM "SelfIdentificationPending"`
    ).map(keyOf),
  );
  const combinations: Combination[] = optionsOf("race").flatMap((race) =>
    optionsOf("gender").flatMap((gender) =>
      optionsOf("veteran").flatMap((veteran) =>
        optionsOf("disability").map((disability) => ({ gender, race, veteran, disability })),
      ),
    ),
  );
  const unused = combinations.filter(
    (combination) =>
      !taken.has([combination.gender, combination.race, combination.veteran, combination.disability].join("|")),
  );
  for (const [index, combination] of unused.slice(0, APPLICANTS).entries()) {
    const payload = validApplicationPayload(context, { selfIdentification: { ...combination, ethnicity: "NO" } });
    const { applicationId } = await applyToJob({ job: { id: job.id }, payload, source: "CAREERS_SITE" });
    submitted.push({
      applicationId,
      key: [combination.gender, combination.race, combination.veteran, combination.disability].join("|"),
    });
    // What the worker runs every hour: here once after the first half, once after all of them.
    if (index === APPLICANTS / 2 - 1) await mixSelfIdentification();
  }
  expect(submitted).toHaveLength(APPLICANTS);
  countsBeforeMix = await countResponses(quarter);
  await mixSelfIdentification();
});

afterAll(async () => {
  await stopQueue();
});

async function ours(): Promise<(StoredRow & { order: number })[]> {
  const order = new Map(submitted.map((entry, index) => [entry.key, index]));
  return (await storedRows()).flatMap((row) =>
    order.has(keyOf(row)) ? [{ ...row, order: order.get(keyOf(row))! }] : [],
  );
}

describe("self-identification in the database", () => {
  it("keeps no application, person, job or day: only the quarter and the answers", async () => {
    for (const table of ["SelfIdentificationPending", "SelfIdentificationResponse"]) {
      const columns = await testDb.$queryRaw<{ name: string; type: string }[]>`
        SELECT column_name AS "name", data_type AS "type" FROM information_schema.columns
         WHERE table_schema = current_schema() AND table_name = ${table} ORDER BY column_name`;
      expect(
        columns.filter((column) => /time|date/.test(column.type)),
        table,
      ).toEqual([{ name: "periodStart", type: "date" }]);
      expect(
        columns
          .map((column) => column.name)
          .filter((name) => /application|candidate|job|email|name|submitted|created|updated/i.test(name)),
        table,
      ).toEqual([]);
    }
    const rows = await ours();
    expect(rows).toHaveLength(APPLICANTS);
    expect(new Set(rows.map((row) => row.periodStart.toISOString()))).toEqual(
      new Set([`${quarter.start}T00:00:00.000Z`]),
    );
  });

  it("gives each answer a random id (UUID version 4), not one that sorts by time", async () => {
    for (const row of await ours())
      expect(row.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it("shares no transaction id with an application, and the quarter's two batches cannot be told apart by one", async () => {
    const applications = await testDb.$queryRaw<{ xid: string }[]>`
      SELECT xmin::text AS "xid" FROM "Application" WHERE id = ANY(${submitted.map((entry) => entry.applicationId)}) ORDER BY id`;
    expect(applications).toHaveLength(APPLICANTS);
    const rows = await storedRows();
    const answerXids = new Set(rows.map((row) => row.xid));
    expect(applications.filter((application) => answerXids.has(application.xid))).toEqual([]);
    expect(answerXids.size).toBe(1);
  });

  it("leaves the answers in an order unrelated to the order they were given in", async () => {
    // Kendall's tau between where the rows lie and when they were submitted: 1 when the table
    // keeps submission order. For a random order of 16 rows, tau >= 0.9 (6 inversions or
    // fewer) has a probability of about 2 in a billion.
    const order = (await ours()).map((row) => row.order);
    const pairs = order.flatMap((earlier, i) => order.slice(i + 1).map((later) => (earlier < later ? 1 : -1)));
    const tau = pairs.reduce((sum, sign) => sum + sign, 0) / pairs.length;
    expect(tau).toBeLessThan(0.9);
  });

  it("empties the pending pool, vacuumed down to no pages, and counts the same as before the mix", async () => {
    expect(await testDb.selfIdentificationPending.count()).toBe(0);
    const [{ pages }] = (await testDb.$queryRaw<
      { pages: number }[]
    >`SELECT (pg_relation_size('"SelfIdentificationPending"') / current_setting('block_size')::int)::int AS "pages"`) as [
      { pages: number },
    ];
    expect(pages).toBe(0);
    expect(await countResponses(quarter)).toEqual(countsBeforeMix);
  });

  it("is mixed by the worker every hour", async () => {
    const worker = await startWorker(inject("databaseUrl"), { log: () => undefined });
    try {
      expect(await worker.boss.getSchedules()).toContainEqual(
        expect.objectContaining({ name: MIX_SELF_IDENTIFICATION, cron: "23 * * * *" }),
      );
    } finally {
      await worker.stop(1_000);
    }
  });
});
