// The staff API (issue 15) through its route handlers: tokens, scopes, what a token may read,
// pagination, changes through the pipeline's domain functions, and problem details for bad input.
import { describe, expect, it } from "vitest";
import { listApiTokens, revokeApiToken } from "@/lib/api-tokens/manage-api-tokens";
import { hashApiToken } from "@/lib/api-tokens/token-secret";
import { applicationsVisibleTo } from "@/lib/auth/permissions";
import { createApplication, createJob, createScorecard, uniqueSuffix } from "../factories";
import { testDb } from "../support/db";
import { createPanelFixture } from "../support/panel-fixture";
import { createActor, rejectionFixtures } from "../support/pipeline";
import { callApi, createTokenWithScopes } from "../support/staff-api";

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const json = async (response: Response): Promise<Json> => response.json() as Promise<Json>;

describe("API tokens", () => {
  it("are stored only as a SHA-256 hash and shown once", async () => {
    const { id, secret, admin } = await createTokenWithScopes(["jobs:read"]);
    expect(secret).toMatch(/^trl_[A-Za-z0-9_-]{43}$/);
    const [row] = await testDb.$queryRaw<
      { row: string }[]
    >`SELECT row_to_json(t)::text AS row FROM "ApiToken" t WHERE id = ${id}`;
    expect(row!.row).not.toContain(secret);
    expect(row!.row).not.toContain(secret.slice(8));
    expect(row!.row).toContain(hashApiToken(secret));
    const audit = await testDb.$queryRaw<
      { n: bigint }[]
    >`SELECT count(*) AS n FROM "AuditEvent" WHERE metadata::text LIKE ${`%${secret.slice(4)}%`}`;
    expect(Number(audit[0]!.n)).toBe(0);
    const listed = (await listApiTokens({ actor: admin })).find((token) => token.id === id);
    expect(JSON.stringify(listed)).not.toContain(secret.slice(8));
    expect(listed).not.toHaveProperty("tokenHash");
  });

  it("refuse a missing, malformed, unknown, revoked or expired token alike, with 401 problem JSON", async () => {
    const revoked = await createTokenWithScopes(["jobs:read"]);
    const expired = await createTokenWithScopes(["jobs:read"]);
    await testDb.apiToken.update({ where: { id: expired.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await callApi(revoked.secret, "/jobs")).status).toBe(200);
    await revokeApiToken({ actor: revoked.admin, input: { tokenId: revoked.id } });
    const bodies = [];
    for (const token of [
      null,
      "not-a-token",
      `trl_${"A".repeat(43)}`,
      revoked.secret,
      expired.secret,
      "Basic dXNlcjo=",
    ]) {
      const response = await callApi(token, "/jobs");
      expect(response.status, String(token)).toBe(401);
      expect(response.headers.get("content-type")).toBe("application/problem+json");
      expect(response.headers.get("www-authenticate")).toMatch(/^Bearer/);
      bodies.push(await response.text());
    }
    expect(new Set(bodies).size).toBe(1);
    expect(JSON.parse(bodies[0]!)).toMatchObject({ status: 401, title: "Unauthorized" });
  });

  it("record when they were last used", async () => {
    const { id, secret } = await createTokenWithScopes(["jobs:read"]);
    expect((await testDb.apiToken.findUniqueOrThrow({ where: { id } })).lastUsedAt).toBeNull();
    await callApi(secret, "/jobs");
    expect((await testDb.apiToken.findUniqueOrThrow({ where: { id } })).lastUsedAt).toBeInstanceOf(Date);
  });

  it("act only within their scopes: applications:read cannot move", async () => {
    const job = await createJob(testDb);
    const application = await createApplication(testDb, { jobId: job.id });
    const { secret } = await createTokenWithScopes(["applications:read"]);
    const target = job.stages[1]!.id;
    const response = await callApi(secret, `/applications/${application.id}/move`, { body: { stage_id: target } });
    expect(response.status).toBe(403);
    expect((await json(response)).detail).toContain("applications:write");
    const after = await testDb.application.findUniqueOrThrow({ where: { id: application.id } });
    expect(after.stageId).toBe(application.stageId);
    expect((await callApi(secret, `/jobs/${job.id}`)).status).toBe(403);
    expect((await callApi(secret, `/applications/${application.id}/scorecards`)).status).toBe(403);
    expect((await callApi(secret, `/candidates/${application.candidateId}`)).status).toBe(403);
    expect((await callApi(secret, `/applications/${application.id}`)).status).toBe(200);
  });
});

describe("what a token reads", () => {
  it("sees the applications a recruiter sees, and never eligibility, accommodation or self-identification", async () => {
    const fixture = await createPanelFixture();
    const { secret } = await createTokenWithScopes([
      "jobs:read",
      "applications:read",
      "scorecards:read",
      "candidates:read",
    ]);
    const recruiter = await createActor("RECRUITER");
    const recruiterSees = await testDb.application.findMany({
      where: { AND: [{ jobId: fixture.job.id }, applicationsVisibleTo(recruiter)] },
      orderBy: { id: "asc" },
      select: { id: true },
    });
    const listed = await json(await callApi(secret, `/applications?job_id=${fixture.job.id}`));
    expect(listed.data.map((row: Json) => row.id).sort()).toEqual(recruiterSees.map((row) => row.id));

    await createScorecard(testDb, {
      interviewId: fixture.interview.id,
      authorId: fixture.users.a.id,
      submitted: true,
      privateNotes: `PRIVATE-${uniqueSuffix()}`,
    });
    const paths = [
      `/applications/${fixture.application.id}`,
      `/candidates/${fixture.application.candidateId}`,
      `/interviews?application_id=${fixture.application.id}`,
      `/applications/${fixture.application.id}/scorecards`,
      `/applications?job_id=${fixture.job.id}`,
    ];
    const everything = [];
    for (const path of paths) {
      const response = await callApi(secret, path);
      expect(response.status, path).toBe(200);
      everything.push(await response.text());
    }
    const text = everything.join("\n");
    for (const secretText of Object.values(fixture.secrets)) expect(text).not.toContain(secretText);
    expect(text).not.toContain("PRIVATE-");
    expect(text).not.toMatch(/authoriz|sponsorship|exportControl|export_control|accommodation|NOT_SURE/i);
  });

  it("reads submitted scorecards only, as a recruiter on no panel", async () => {
    const fixture = await createPanelFixture();
    const submitted = await createScorecard(testDb, {
      interviewId: fixture.interview.id,
      authorId: fixture.users.a.id,
      submitted: true,
      ratings: { [fixture.attributes[0]!.id]: "STRONG_YES" },
    });
    await createScorecard(testDb, { interviewId: fixture.interview.id, authorId: fixture.users.b.id });
    const { secret } = await createTokenWithScopes(["scorecards:read"]);
    const body = await json(await callApi(secret, `/applications/${fixture.application.id}/scorecards`));
    expect(body.data.map((card: Json) => card.id)).toEqual([submitted.id]);
    expect(body.data[0].ratings).toEqual([
      {
        attribute_id: fixture.attributes[0]!.id,
        attribute: fixture.attributes[0]!.name,
        rating: "STRONG_YES",
        notes: "",
      },
    ]);
    expect(body.data[0]).not.toHaveProperty("private_notes");
  });
});

describe("pagination", () => {
  it("walks (updated_at, id) order with next_cursor, the same every time, filtered by updated_since", async () => {
    const job = await createJob(testDb);
    const same = new Date("2026-11-01T10:00:00.000Z");
    const later = new Date("2026-11-02T10:00:00.000Z");
    const created = [];
    for (let index = 0; index < 5; index += 1) created.push(await createApplication(testDb, { jobId: job.id }));
    await testDb.application.updateMany({ where: { jobId: job.id }, data: { lastActivityAt: same } });
    await testDb.application.update({ where: { id: created[2]!.id }, data: { lastActivityAt: later } });
    const expected = [
      ...created
        .filter((_, index) => index !== 2)
        .map((row) => row.id)
        .sort(),
      created[2]!.id,
    ];

    const { secret } = await createTokenWithScopes(["applications:read"]);
    const walk = async (query: string) => {
      const ids: string[] = [];
      let cursor: string | null = null;
      do {
        const suffix: string = cursor ? `&cursor=${cursor}` : "";
        const page = await json(await callApi(secret, `/applications?job_id=${job.id}&limit=2${query}${suffix}`));
        expect(page.data.length).toBeLessThanOrEqual(2);
        ids.push(...page.data.map((row: Json) => row.id));
        cursor = page.next_cursor;
      } while (cursor);
      return ids;
    };
    expect(await walk("")).toEqual(expected);
    expect(await walk("")).toEqual(expected);
    expect(await walk(`&updated_since=${encodeURIComponent("2026-11-02T00:00:00Z")}`)).toEqual([created[2]!.id]);
  });
});

describe("changes", () => {
  it("moves through the pipeline's domain function, recorded as the token", async () => {
    const job = await createJob(testDb);
    const application = await createApplication(testDb, { jobId: job.id });
    const { id, secret } = await createTokenWithScopes(["applications:write"]);
    const target = job.stages[1]!.id;
    const stale = await callApi(secret, `/applications/${application.id}/move`, {
      body: { stage_id: target, expected_version: 7 },
    });
    expect(stale.status).toBe(409);
    const response = await callApi(secret, `/applications/${application.id}/move`, { body: { stage_id: target } });
    expect(response.status).toBe(200);
    expect(await json(response)).toMatchObject({ id: application.id, stage: { id: target }, version: 1 });
    const otherJob = await createJob(testDb);
    const foreign = await callApi(secret, `/applications/${application.id}/move`, {
      body: { stage_id: otherJob.stages[1]!.id },
    });
    expect(foreign.status).toBe(422);
    const transition = await testDb.stageTransition.findFirstOrThrow({ where: { applicationId: application.id } });
    expect(transition.actorId).toBeNull();
    const audit = await testDb.auditEvent.findFirstOrThrow({
      where: { subjectId: application.id, action: "application.stageChanged" },
    });
    expect(audit).toMatchObject({ actorType: "apiToken", actorId: null, apiTokenId: id });
  });

  it("rejects with the reason and the optional email, as the staff dialog does", async () => {
    const { reason } = await rejectionFixtures();
    const job = await createJob(testDb);
    const application = await createApplication(testDb, { jobId: job.id });
    const { secret } = await createTokenWithScopes(["applications:write"]);
    const reasons = await json(await callApi(secret, "/rejection_reasons"));
    const chosen = reasons.data.find((row: Json) => row.kind === "WE_REJECTED");
    expect(chosen).toEqual(await reason(chosen.label));
    const response = await callApi(secret, `/applications/${application.id}/reject`, {
      body: {
        reason_id: chosen.id,
        email: { subject: "Your application", body: "Dear {{candidate.firstName}}, thank you." },
      },
    });
    expect(response.status).toBe(200);
    expect(await json(response)).toMatchObject({ status: "REJECTED", rejection_reason: { id: chosen.id } });
    const email = await testDb.emailOutbox.findFirstOrThrow({ where: { applicationId: application.id } });
    expect(email.subject).toBe("Your application");
    expect(email.textBody).not.toContain("{{");
    expect(email.template).toBe("rejection");
  });
});

describe("problem details", () => {
  it("answers bad input with 4xx problem JSON, never a 5xx", async () => {
    const { secret } = await createTokenWithScopes(["applications:read", "applications:write", "jobs:read"]);
    const job = await createJob(testDb);
    const application = await createApplication(testDb, { jobId: job.id });
    const cases: [string, { body?: unknown }, number][] = [
      ["/applications?cursor=not-a-cursor", {}, 400],
      [`/applications?cursor=${Buffer.from('{"t":"x","id":"y"}').toString("base64url")}`, {}, 400],
      ["/applications?cursor=%00", {}, 400],
      ["/applications?limit=1000", {}, 400],
      ["/applications?limit=-1", {}, 400],
      ["/applications?updated_since=yesterday", {}, 400],
      ["/applications?job_id=%00", {}, 400],
      ["/applications?job_id=99999999999", {}, 400],
      ["/applications/%00", {}, 404],
      ["/applications/nope%00nope", {}, 404],
      [`/applications/${"x".repeat(5000)}`, {}, 404],
      ["/applications/does-not-exist", {}, 404],
      ["/jobs/abc", {}, 404],
      ["/jobs/0", {}, 404],
      ["/jobs/2147483648", {}, 404],
      ["/jobs/2147483647", {}, 404],
      ["/interviews", {}, 400],
      ["/interviews?application_id=%00", {}, 400],
      [`/applications/${application.id}/move`, { body: "{not json" }, 400],
      [`/applications/${application.id}/move`, { body: { stage_id: "2" } }, 400],
      [`/applications/${application.id}/move`, { body: { stage_id: 1, extra: true } }, 400],
      [`/applications/${application.id}/move`, { body: { stage_id: 2_147_483_648 } }, 400],
      [
        `/applications/${application.id}/reject`,
        { body: { reason_id: 1, email: { subject: "a\u0000", body: "b" } } },
        400,
      ],
      [`/applications/${application.id}/reject`, { body: { reason_id: 999999 } }, 422],
      ["/applications/does-not-exist/move", { body: { stage_id: 1 } }, 404],
    ];
    for (const [path, init, status] of cases) {
      const response = await callApi(secret, path, init);
      expect(response.status, path).toBe(status);
      expect(response.headers.get("content-type"), path).toBe("application/problem+json");
      const body = await json(response);
      expect(body, path).toMatchObject({ status, type: expect.any(String), title: expect.any(String) });
      if (status === 400 && path.includes("?")) expect(body.errors.length, path).toBeGreaterThan(0);
    }
    expect((await testDb.application.findUniqueOrThrow({ where: { id: application.id } })).version).toBe(0);
  });
});
