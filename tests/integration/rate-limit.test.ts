// Rate limits counted in Postgres: shared by app instances, keyed by hashes, refused with a
// clear 429 on every path they guard, and cleaned up once expired.
import { randomUUID } from "node:crypto";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { loadApplicationFormContext } from "@/lib/submissions/load-form-context";
import { IN_MEMORY, startEmbeddedPostgres } from "@/lib/embedded-postgres";
import { cleanExpiredRateLimits } from "@/lib/rate-limit/clean-expired-rate-limits";
import { allowSignInEmail, limitSignInRequest, limitStatusLinkResend } from "@/lib/rate-limit/limit-requests";
import { RATE_LIMITS } from "@/lib/rate-limit/limits";
import { createRateLimiter } from "@/lib/rate-limit/rate-limiter";
import { RateLimitedError } from "@/lib/rate-limit/rate-limited-error";
import { startWorker } from "@/lib/queue/start-worker";
import { createJob, createStaffUser, ensureLegalForms, SAMPLE_QUESTIONS, type CreatedJob } from "../factories";
import { validApplicationPayload } from "../support/application-payload";
import { postCareersApplication, randomClientAddress } from "../support/careers-apply";
import { testDb } from "../support/db";
import { nextRequest } from "../support/next-request";

process.env.STORAGE_DIR = await mkdtemp(path.join(tmpdir(), "trellis-rate-limit-"));
process.env.JOB_BOARD_API_KEY = "rate-limit-test-key-0123456789";

const { POST: jobBoardApply } = await import("@/app/api/job-board/v1/boards/[boardToken]/jobs/[jobId]/route");
const { POST: authPost } = await import("@/app/api/auth/[...nextauth]/route");
const { requestSignInLinkAction } = await import("@/app/(hiring)/hiring/sign-in/actions");
const { sendStaffSignInEmail } = await import("@/lib/auth/send-sign-in-email");
const { NextRequest } = await import("next/server");

const SECRET = "integration-rate-limit-secret-0123456789";
const pools: pg.Pool[] = [];
const newPool = (connectionString = inject("databaseUrl")) => {
  const pool = new pg.Pool({ connectionString, max: 2 });
  pools.push(pool);
  return pool;
};

let job: CreatedJob;
beforeAll(async () => {
  await ensureLegalForms(testDb);
  job = await createJob(testDb, { questions: [...SAMPLE_QUESTIONS] });
});
afterAll(async () => {
  await Promise.all(pools.map((pool) => pool.end()));
});

describe("the shared count", () => {
  it("is one count for two app instances, each with its own connection pool", async () => {
    const first = createRateLimiter(newPool(), "status-link-email", SECRET);
    const second = createRateLimiter(newPool(), "status-link-email", SECRET);
    const parts = [`someone-${randomUUID()}@example.com`];
    const { points } = RATE_LIMITS["status-link-email"];
    const outcomes = [];
    for (let index = 0; index < points + 1; index += 1)
      outcomes.push(await (index % 2 === 0 ? first : second).consume(parts));
    expect(outcomes.slice(0, points).every((outcome) => outcome.allowed)).toBe(true);
    const refused = outcomes[points]!;
    expect(refused.allowed).toBe(false);
    if (!refused.allowed) {
      expect(refused.retryAfterSeconds).toBeGreaterThan(RATE_LIMITS["status-link-email"].durationSeconds - 60);
      expect(refused.retryAfterSeconds).toBeLessThanOrEqual(RATE_LIMITS["status-link-email"].durationSeconds);
    }
    // Another key, or the same key under another secret, is counted apart.
    expect((await first.consume([`other-${randomUUID()}@example.com`])).allowed).toBe(true);
    expect((await createRateLimiter(newPool(), "status-link-email", `${SECRET}-rotated`).consume(parts)).allowed).toBe(
      true,
    );
  });

  it("works on the embedded Postgres too, where all connections share one session", async () => {
    const embedded = await startEmbeddedPostgres({ dataDir: IN_MEMORY });
    try {
      const [first, second] = [newPool(embedded.url), newPool(embedded.url)];
      await first.query(
        `CREATE TABLE "rate_limits" ("key" VARCHAR(255) PRIMARY KEY, "points" INTEGER NOT NULL DEFAULT 0, "expire" BIGINT)`,
      );
      const limiters = [
        createRateLimiter(first, "status-link-email", SECRET),
        createRateLimiter(second, "status-link-email", SECRET),
      ];
      const outcomes = [];
      for (let index = 0; index < 4; index += 1)
        outcomes.push((await limiters[index % 2]!.consume(["same@example.com"])).allowed);
      expect(outcomes).toEqual([true, true, true, false]);
    } finally {
      await Promise.all(pools.splice(0).map((pool) => pool.end()));
      await embedded.stop();
    }
  });

  it("keeps keyed hashes that expire, never the address or the email", async () => {
    const address = randomClientAddress();
    const email = `visible-${randomUUID()}@example.com`;
    await limitStatusLinkResend({ headers: new Headers({ "x-forwarded-for": address }), email });
    const rows = await testDb.rateLimit.findMany({ select: { key: true, expire: true } });
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.key).toMatch(/^[a-z-]+:[\w-]{43}$/);
      expect(row.expire).not.toBeNull();
    }
    const everything = JSON.stringify(rows, (_key, value: unknown) =>
      typeof value === "bigint" ? String(value) : value,
    );
    expect(everything).not.toContain(address);
    expect(everything).not.toContain(email);
    expect(everything).not.toMatch(/\d+\.\d+\.\d+\.\d+/);
  });

  it("is cleaned of expired counters by the hourly rate-limits.clean job", async () => {
    const now = Date.now();
    const expired = `test:${randomUUID()}`;
    const current = `test:${randomUUID()}`;
    await testDb.rateLimit.createMany({
      data: [
        { key: expired, points: 3, expire: BigInt(now - 1) },
        { key: current, points: 3, expire: BigInt(now + 60_000) },
      ],
    });
    expect(await cleanExpiredRateLimits(testDb, now)).toBeGreaterThanOrEqual(1);
    expect(
      (await testDb.rateLimit.findMany({ where: { key: { in: [expired, current] } }, select: { key: true } })).map(
        (row) => row.key,
      ),
    ).toEqual([current]);

    const worker = await startWorker(inject("databaseUrl"), { log: () => undefined });
    try {
      expect(await worker.boss.getSchedules()).toContainEqual(
        expect.objectContaining({ name: "rate-limits.clean", cron: "17 * * * *" }),
      );
    } finally {
      await worker.stop(1_000);
    }
  });
});

describe("applying on the careers site", () => {
  it("answers 429 with Retry-After and a plain message past the limit, and stores nothing", async () => {
    const address = randomClientAddress();
    const { points } = RATE_LIMITS.apply;
    // Cheap refused attempts count too: each is work the server did for this address.
    for (let index = 0; index < points; index += 1) {
      expect((await postCareersApplication(job.slug, { firstName: "" }, { address })).status).toBe(422);
    }
    const before = await testDb.application.count({ where: { jobId: job.id } });
    const payload = validApplicationPayload(await loadApplicationFormContext({ id: job.id }));
    const refused = await postCareersApplication(job.slug, payload, { address });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(60);
    const body = (await refused.json()) as { ok: boolean; code: string; message: string };
    expect(body).toMatchObject({ ok: false, code: "RATE_LIMITED" });
    expect(body.message).toMatch(
      /^We received many applications from your network in a short time\. .* please send again in \d+ minutes\.$/,
    );
    expect(await testDb.application.count({ where: { jobId: job.id } })).toBe(before);

    // Another address is not held back by this one.
    expect((await postCareersApplication(job.slug, payload, { address: randomClientAddress() })).status).toBe(201);
  });
});

describe("the Job Board API", () => {
  const basic = (key: string) => `Basic ${Buffer.from(`${key}:`).toString("base64")}`;
  const RIGHT_KEY = basic(process.env.JOB_BOARD_API_KEY!);
  const post = (authorization: string, address: string) =>
    jobBoardApply(
      new Request(`http://localhost/api/job-board/v1/boards/any/jobs/${job.id}`, {
        method: "POST",
        headers: { authorization, "x-forwarded-for": address },
      }),
      { params: Promise.resolve({ boardToken: "any", jobId: String(job.id) }) },
    );

  it("limits per key and address, with Retry-After", async () => {
    const address = randomClientAddress();
    // The right key, for a board that does not exist: cheap, and every request counts.
    for (let index = 0; index < RATE_LIMITS["job-board-apply"].points; index += 1)
      expect((await post(RIGHT_KEY, address)).status).toBe(404);
    const refused = await post(RIGHT_KEY, address);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await refused.json()).toMatchObject({
      code: "RATE_LIMITED",
      error: expect.stringMatching(/Too many applications from this API key and address/),
    });
    // The same key from another address has its own count.
    expect((await post(RIGHT_KEY, randomClientAddress())).status).toBe(404);
  });

  it("refuses an address after 50 wrong keys in a row, whichever keys they were, and then the right key too", async () => {
    const address = randomClientAddress();
    const { points, durationSeconds } = RATE_LIMITS["job-board-key-failures"];
    expect(points).toBe(50);
    // A new key each time, so the per-key count above never sees one twice.
    for (let index = 0; index < points; index += 1)
      expect((await post(basic(`guess-${randomUUID()}`), address)).status).toBe(401);
    const refused = await post(basic(`guess-${randomUUID()}`), address);
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(durationSeconds - 120);
    expect(retryAfter).toBeLessThanOrEqual(durationSeconds);
    expect(await refused.json()).toMatchObject({
      code: "RATE_LIMITED",
      error: expect.stringMatching(/^Too many wrong Job Board API keys from this address\. Retry in \d+ minutes/),
    });
    // Otherwise the one 404 among the 429s would tell the guesser they found the key.
    expect((await post(RIGHT_KEY, address)).status).toBe(429);
    // Another address is not held back by this one.
    expect((await post(basic(`guess-${randomUUID()}`), randomClientAddress())).status).toBe(401);
  });

  it("counts failures in a row: the right key ends the run, a missing key is a failure", async () => {
    const address = randomClientAddress();
    const { points } = RATE_LIMITS["job-board-key-failures"];
    for (let index = 0; index < points - 1; index += 1)
      expect((await post(basic(`guess-${randomUUID()}`), address)).status).toBe(401);
    expect((await post(RIGHT_KEY, address)).status).toBe(404);
    for (let index = 0; index < points - 1; index += 1)
      expect((await post(basic(`guess-${randomUUID()}`), address)).status).toBe(401);
    expect((await post("", address)).status).toBe(401);
    expect((await post(RIGHT_KEY, address)).status).toBe(429);
  });
});

describe("staff sign-in emails", () => {
  it("refuse an address past its limit in the form (on the email field) and on Auth.js's route", async () => {
    const address = randomClientAddress();
    const headers = new Headers({ "x-forwarded-for": address });
    for (let index = 0; index < RATE_LIMITS["sign-in-address"].points; index += 1) await limitSignInRequest(headers);
    await expect(limitSignInRequest(headers)).rejects.toBeInstanceOf(RateLimitedError);

    nextRequest.headers = headers;
    const result = await requestSignInLinkAction({ email: "anyone@example.com" }, "/hiring/jobs");
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: {
        email: [
          expect.stringMatching(/^Too many sign-in requests from your network\. Please try again in \d+ minutes\.$/),
        ],
      },
    });

    const direct = await authPost(
      new NextRequest("http://localhost:3000/api/auth/signin/email", {
        method: "POST",
        headers: { "x-forwarded-for": address, "content-type": "application/x-www-form-urlencoded" },
        body: "email=anyone%40example.com",
      }),
    );
    expect(direct.status).toBe(429);
    expect(direct.headers.get("retry-after")).toMatch(/^\d+$/);
  });

  it("send an invited person at most the recipient's limit of links, silently skipping the rest", async () => {
    const user = await createStaffUser(testDb, { role: "RECRUITER" });
    const { points } = RATE_LIMITS["sign-in-email"];
    for (let index = 0; index < points + 2; index += 1)
      await sendStaffSignInEmail({
        to: user.email,
        url: `http://localhost:3000/api/auth/callback/email?token=${index}`,
      });
    expect(await testDb.emailOutbox.count({ where: { toAddress: user.email, template: "staff-sign-in" } })).toBe(
      points,
    );
    // Counted by the address whatever its case.
    expect(await allowSignInEmail(user.email.toUpperCase())).toBe(false);
  });
});

describe("status-link re-sends", () => {
  it("refuse an address past its limit with a field message, and stop sending to one recipient quietly", async () => {
    const headers = new Headers({ "x-forwarded-for": randomClientAddress() });
    const email = `applicant-${randomUUID()}@example.com`;
    const sends = [];
    for (let index = 0; index < RATE_LIMITS["status-link-address"].points; index += 1)
      sends.push((await limitStatusLinkResend({ headers, email })).send);
    expect(sends.filter(Boolean)).toHaveLength(RATE_LIMITS["status-link-email"].points);
    const refused = await limitStatusLinkResend({ headers, email }).then(
      () => null,
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(RateLimitedError);
    expect((refused as RateLimitedError).fieldErrors?.email?.[0]).toMatch(
      /^Too many requests for status links from your network\. Please try again in \d+ minutes\.$/,
    );
  });
});
