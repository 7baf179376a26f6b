// The staff API under hostile requests that carry a valid token or something that looks like one:
// forged Authorization headers, wrong content types, huge and binary bodies. Every answer is a
// 4xx problem document, never a 5xx, and a refused change writes nothing. Malformed ids and
// queries with a valid token: staff-api.test.ts "problem details"; without one, every /api/v1
// pattern is in the public-route fuzz (tests/support/public-route-fuzz.ts).
import { describe, expect, it } from "vitest";
import { createApplication, createJob } from "../../factories";
import { testDb } from "../../support/db";
import { API_BASE, createTokenWithScopes, staffApiFetch } from "../../support/staff-api";

const send = (path: string, init: { method?: string; headers?: Record<string, string>; body?: BodyInit } = {}) =>
  staffApiFetch(`${API_BASE}${path}`, { method: init.method ?? "GET", headers: init.headers, body: init.body });

describe("the staff API under hostile requests", () => {
  it("answers forged and malformed Authorization headers with one 401 problem, never a 5xx", async () => {
    const { secret } = await createTokenWithScopes(["jobs:read"]);
    const forged = [
      "",
      "Bearer",
      "Bearer ",
      `bearer ${secret}`,
      `Basic ${Buffer.from(`${secret}:`).toString("base64")}`,
      `Bearer ${secret}x`,
      `Bearer ${secret.slice(0, -1)}`,
      `Bearer ${secret} ${secret}`,
      `Bearer trl_${"A".repeat(100_000)}`,
      `Bearer ${"trl_".repeat(20)}`,
      `Bearer sk_${secret.slice(4)}`,
      "Bearer trl_../../../../etc/passwd",
    ];
    for (const authorization of forged) {
      const response = await send("/jobs", { headers: authorization ? { authorization } : {} });
      expect(response.status, JSON.stringify(authorization.slice(0, 80))).toBe(401);
      expect(response.headers.get("content-type")).toBe("application/problem+json");
    }
    // The same token, well formed, is accepted (the refusals above are about the header).
    expect((await send("/jobs", { headers: { authorization: `Bearer ${secret}` } })).status).toBe(200);
  });

  it("refuses wrong content types, huge and binary bodies with a 4xx, and writes nothing", async () => {
    const { secret } = await createTokenWithScopes(["applications:write", "applications:read"]);
    const job = await createJob(testDb);
    const application = await createApplication(testDb, { jobId: job.id });
    const stageId = job.stages[1]!.id;
    const path = `/applications/${application.id}/move`;
    const auth = { authorization: `Bearer ${secret}` };
    const cases: [string, Record<string, string>, BodyInit | undefined][] = [
      ["no body", { ...auth, "content-type": "application/json" }, undefined],
      ["text/plain", { ...auth, "content-type": "text/plain" }, JSON.stringify({ stage_id: stageId }) + "x"],
      ["form", { ...auth, "content-type": "application/x-www-form-urlencoded" }, `stage_id=${stageId}x`],
      ["binary", { ...auth, "content-type": "application/octet-stream" }, new Uint8Array([0, 255, 0, 254])],
      ["NUL json", { ...auth, "content-type": "application/json" }, '{"stage_id":"\u0000"}'],
      ["huge", { ...auth, "content-type": "application/json" }, `{"stage_id":${"9".repeat(2_000_000)}}`],
      ["deep", { ...auth, "content-type": "application/json" }, `${"[".repeat(100_000)}${"]".repeat(100_000)}`],
      ["array", { ...auth, "content-type": "application/json" }, `[${stageId}]`],
      ["proto", { ...auth, "content-type": "application/json" }, `{"__proto__":{"stage_id":${stageId}}}`],
    ];
    for (const [label, headers, body] of cases) {
      const response = await send(path, { method: "POST", headers, body });
      expect(response.status, label).toBeGreaterThanOrEqual(400);
      expect(response.status, label).toBeLessThan(500);
    }
    const after = await testDb.application.findUniqueOrThrow({ where: { id: application.id } });
    expect({ stageId: after.stageId, version: after.version }).toEqual({ stageId: application.stageId, version: 0 });
  });
});
