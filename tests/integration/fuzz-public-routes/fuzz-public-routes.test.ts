// Property-based fuzzing of every public route (issue 12, finding 11): over 10,000 generated
// requests, none may answer 5xx, and a refused application stores nothing.
//
// Where it runs: here, in-process (vitest --project integration), because this stage has no
// built app and `next build` + `next start` cost minutes; the requests go through proxy.ts and
// the real pages and route handlers, with Next.js's own steps (matching, decoding a segment)
// modelled in in-process-app.ts. tests/e2e/fuzz-public-routes.spec.ts sends the same kind of
// requests over HTTP to the built app under `next start`, fewer of them, to prove the model.
// Fixed seed: a failure prints the seed and the shrunk counterexample, and replays the same way.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { PUBLIC_ROUTES, anyFuzzTarget, fuzzComponent } from "../../support/public-route-fuzz";
import { randomClientAddress, TEST_APP_ORIGIN } from "../../support/careers-apply";
import { expectNoPrototypePollution } from "../hostile-input/hostile-values";
import { expectSafelyStored, storedDocumentFiles } from "../hostile-input/stored-data";
import { testDb } from "../../support/db";
import { APP_ROUTES } from "./app-routes";
import { createFuzzFixture, fuzzEnvironment, FUZZ_API_KEY, type FuzzFixture } from "./fixture";
import { inProcessApp } from "./in-process-app";
import {
  careersBody,
  careersFieldNames,
  greenhouseFieldNames,
  jobBoardBody,
  submissionPlan,
  type SubmissionPlan,
} from "./payloads";

const { storageDir } = await fuzzEnvironment();
const proxyModule = await import("@/proxy");

const SEED = 20_261_206;
const ROUTE_REQUESTS = 8_800;
const CONCURRENT = 4;
const CAREERS_SUBMISSIONS = 700;
const JOB_BOARD_SUBMISSIONS = 500;

const serverErrors: string[] = [];
const app = inProcessApp(proxyModule, APP_ROUTES, (target, error) =>
  serverErrors.push(`${target.slice(0, 200)}: ${String(error).slice(0, 300)}`),
);
let fixture: FuzzFixture;

beforeAll(async () => {
  fixture = await createFuzzFixture();
});

/** Every row an application adds, counted in one round trip (this file runs alone: nothing else writes). */
async function storedRows() {
  type Counts = { applications: bigint; candidates: bigint; files: bigint; answers: bigint; outbox: bigint };
  const [counts] = await testDb.$queryRaw<Counts[]>`
    SELECT (SELECT count(*) FROM "Application") AS applications, (SELECT count(*) FROM "Candidate") AS candidates,
           (SELECT count(*) FROM "StoredFile") AS files, (SELECT count(*) FROM "ApplicationAnswer") AS answers,
           (SELECT count(*) FROM "EmailOutbox") AS outbox`;
  return { ...counts!, documents: (await storedDocumentFiles(storageDir)).length };
}

const applicationRows = ({
  applications,
  candidates,
  files,
  answers,
  documents,
}: Awaited<ReturnType<typeof storedRows>>) => ({ applications, candidates, files, answers, documents });

/** Sends, then checks: below 500; refused means nothing stored; accepted means stored safely. */
async function submit(send: () => Promise<number>, email: unknown, statuses: Map<number, number>): Promise<void> {
  const before = await storedRows();
  const errorsBefore = serverErrors.length;
  const status = await send();
  statuses.set(status, (statuses.get(status) ?? 0) + 1);
  expect(status, serverErrors.slice(errorsBefore).join("\n")).toBeLessThan(500);
  expectNoPrototypePollution();
  if (status >= 300) {
    expect(await storedRows(), `refused with ${status}, yet something was stored`).toEqual(before);
    return;
  }
  const stored =
    typeof email === "string"
      ? await testDb.application.findFirst({
          where: { jobId: fixture.job.id, emailNormalized: email.trim().toLowerCase() },
          select: { id: true },
        })
      : null;
  expect(stored, `accepted with ${status}, yet no application`).not.toBeNull();
  await expectSafelyStored(stored!.id, storageDir);
}

const rawInit = (plan: Extract<SubmissionPlan, { kind: "raw" }>, headers: Record<string, string>) => ({
  headers: { ...headers, ...(plan.contentType ? { "content-type": plan.contentType } : {}) },
  body: plan.body,
});

describe("public routes under generated requests", () => {
  it(
    `answers ${ROUTE_REQUESTS} generated requests to every public route pattern below 500`,
    { timeout: 240_000 },
    async () => {
      const statuses = new Map<number, number>();
      const before = await storedRows();
      // Four at a time, as a server gets them: the database's round trips overlap.
      const batch = fc.array(anyFuzzTarget(fixture.known), { minLength: CONCURRENT, maxLength: CONCURRENT });
      await fc.assert(
        fc.asyncProperty(batch, async (targets) => {
          const errorsBefore = serverErrors.length;
          const sent = await Promise.all(
            targets.map(async ({ route, target }) => {
              const headers =
                route.method === "POST"
                  ? { origin: TEST_APP_ORIGIN, "x-forwarded-for": randomClientAddress() }
                  : undefined;
              return { route, target, status: await app.send(route.method, target, { headers }) };
            }),
          );
          for (const { route, target, status } of sent) {
            statuses.set(status, (statuses.get(status) ?? 0) + 1);
            expect(
              status,
              `${route.method} ${target.slice(0, 300)}\n${serverErrors.slice(errorsBefore).join("\n")}`,
            ).toBeLessThan(500);
          }
        }),
        { seed: SEED, numRuns: ROUTE_REQUESTS / CONCURRENT },
      );
      // Every kind of answer was reached: pages and API bodies, unknowns, malformed paths, redirects.
      for (const status of [200, 307, 400, 404])
        expect(statuses.get(status) ?? 0, `no ${status} in ${JSON.stringify([...statuses])}`).toBeGreaterThan(0);
      // None of these requests is an application (a data export only queues its email).
      expect(applicationRows(await storedRows())).toEqual(applicationRows(before));
    },
  );

  it(
    `answers ${CAREERS_SUBMISSIONS} generated careers applications below 500, to any slug, and stores nothing it refuses`,
    { timeout: 240_000 },
    async () => {
      const statuses = new Map<number, number>();
      const slug = fc.oneof({ weight: 6, arbitrary: fc.constant(fixture.job.slug) }, fuzzComponent(fixture.known.slug));
      await fc.assert(
        fc.asyncProperty(slug, submissionPlan(careersFieldNames(fixture.context)), async (slugSegment, plan) => {
          const headers = { origin: TEST_APP_ORIGIN, "x-forwarded-for": randomClientAddress() };
          const target = `/api/jobs/${slugSegment}/applications`;
          if (plan.kind === "raw")
            return submit(() => app.send("POST", target, rawInit(plan, headers)), undefined, statuses);
          const { body, email } = careersBody(fixture.context, plan);
          await submit(() => app.send("POST", target, { headers, body }), email, statuses);
        }),
        { seed: SEED, numRuns: CAREERS_SUBMISSIONS },
      );
      expect(
        [...statuses.keys()].some((status) => status === 201),
        JSON.stringify([...statuses]),
      ).toBe(true);
      expect(
        [...statuses.keys()].some((status) => status >= 400),
        JSON.stringify([...statuses]),
      ).toBe(true);
    },
  );

  it(
    `answers ${JOB_BOARD_SUBMISSIONS} generated Job Board API applications below 500, to any board and job, and stores nothing it refuses`,
    { timeout: 240_000 },
    async () => {
      const statuses = new Map<number, number>();
      const board = fc.oneof(
        { weight: 6, arbitrary: fc.constant(fixture.boardToken) },
        fuzzComponent(fixture.known.boardToken),
      );
      const jobId = fc.oneof(
        { weight: 6, arbitrary: fc.constant(String(fixture.job.id)) },
        fuzzComponent(fixture.known.jobId),
      );
      await fc.assert(
        fc.asyncProperty(
          board,
          jobId,
          fc.boolean(),
          submissionPlan(greenhouseFieldNames(fixture.context)),
          async (boardSegment, jobSegment, asJson, plan) => {
            const headers: Record<string, string> = {
              authorization: `Basic ${Buffer.from(`${FUZZ_API_KEY}:`).toString("base64")}`,
              "x-forwarded-for": randomClientAddress(),
            };
            const target = `/api/job-board/v1/boards/${boardSegment}/jobs/${jobSegment}`;
            if (plan.kind === "raw")
              return submit(() => app.send("POST", target, rawInit(plan, headers)), undefined, statuses);
            const { body, contentType, email } = await jobBoardBody(fixture.context, plan, asJson);
            await submit(
              () =>
                app.send("POST", target, {
                  headers: { ...headers, ...(contentType ? { "content-type": contentType } : {}) },
                  body,
                }),
              email,
              statuses,
            );
          },
        ),
        { seed: SEED, numRuns: JOB_BOARD_SUBMISSIONS },
      );
      expect(
        [...statuses.keys()].some((status) => status === 200),
        JSON.stringify([...statuses]),
      ).toBe(true);
      expect(
        [...statuses.keys()].some((status) => status >= 400),
        JSON.stringify([...statuses]),
      ).toBe(true);
    },
  );

  it("covers every public route pattern", () => {
    const modelled = new Set(APP_ROUTES.map((route) => `${route.method} ${route.pattern}`));
    // A candidate page's public address is served from its app/(careers)/[locale] route (decision 0041).
    const inLocale = (pattern: string) => (pattern === "/" ? "/:locale" : `/:locale${pattern}`);
    const unmodelled = PUBLIC_ROUTES.filter(
      (route) =>
        !route.pattern.includes(":unknown") &&
        !modelled.has(`${route.method} ${route.pattern}`) &&
        !modelled.has(`${route.method} ${inLocale(route.pattern)}`),
    );
    expect(unmodelled).toEqual([]);
  });
});
