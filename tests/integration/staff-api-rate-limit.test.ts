// The staff API's per-token rate limit (lib/rate-limit): RateLimit headers on every answer, 429
// with Retry-After past the limit, and each token counted apart.
import { describe, expect, it } from "vitest";
import { callApi, createTokenWithScopes } from "../support/staff-api";

process.env.RATE_LIMIT_API_PER_MINUTE = "3";

describe("staff API rate limit", () => {
  it("counts down per token, then answers 429 problem JSON with Retry-After", async () => {
    const first = await createTokenWithScopes(["jobs:read"]);
    const second = await createTokenWithScopes(["jobs:read"]);
    const remaining = [];
    for (let index = 0; index < 3; index += 1) {
      const response = await callApi(first.secret, "/jobs");
      expect(response.status).toBe(200);
      expect(response.headers.get("ratelimit-limit")).toBe("3");
      expect(Number(response.headers.get("ratelimit-reset"))).toBeGreaterThan(0);
      remaining.push(response.headers.get("ratelimit-remaining"));
    }
    expect(remaining).toEqual(["2", "1", "0"]);
    const refused = await callApi(first.secret, "/jobs");
    expect(refused.status).toBe(429);
    expect(refused.headers.get("content-type")).toBe("application/problem+json");
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(refused.headers.get("ratelimit-remaining")).toBe("0");
    expect(await refused.json()).toMatchObject({ status: 429, title: "Too many requests" });
    expect((await callApi(second.secret, "/jobs")).status).toBe(200);
  });
});
