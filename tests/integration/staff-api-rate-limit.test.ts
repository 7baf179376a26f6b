// The staff API's rate limits (lib/rate-limit): per token, RateLimit headers on every answer and
// 429 with Retry-After past the limit, each token counted apart; and invalid tokens per client
// address, so a flood of guesses from one address is refused without locking anyone out.
import { describe, expect, it } from "vitest";
import { RATE_LIMITS } from "@/lib/rate-limit/limits";
import { randomClientAddress } from "../support/careers-apply";
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

  it("answers a flood of invalid tokens from one address 429, while valid tokens and other addresses are served", async () => {
    const flooder = randomClientAddress();
    const { points, durationSeconds } = RATE_LIMITS["staff-api-token-failures"];
    const wrong = (index: number) => `trl_${String(index).padStart(43, "x")}`;
    const statuses = new Set<number>();
    for (let index = 0; index < points; index += 1)
      statuses.add((await callApi(index % 5 === 0 ? null : wrong(index), "/jobs", { address: flooder })).status);
    expect([...statuses]).toEqual([401]);

    const refused = await callApi(wrong(points), "/jobs", { address: flooder });
    expect(refused.status).toBe(429);
    expect(refused.headers.get("content-type")).toBe("application/problem+json");
    const retryAfter = Number(refused.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(durationSeconds);
    expect(await refused.json()).toMatchObject({
      status: 429,
      title: "Too many requests",
      detail: expect.stringMatching(/^Too many requests with invalid API tokens from this address\. Retry in/),
    });
    expect((await callApi(null, "/jobs", { address: flooder })).status).toBe(429);

    // Another address is not affected, and a valid token is served from anywhere.
    const { secret } = await createTokenWithScopes(["jobs:read"]);
    expect((await callApi(secret, "/jobs", { address: randomClientAddress() })).status).toBe(200);
    expect((await callApi(wrong(0), "/jobs", { address: randomClientAddress() })).status).toBe(401);
    expect((await callApi(secret, "/jobs", { address: flooder })).status).toBe(200);
  });
});
