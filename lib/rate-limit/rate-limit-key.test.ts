import { describe, expect, it } from "vitest";
import { rateLimitKey, rateLimitSecret } from "./rate-limit-key";

const SECRET = "s".repeat(32);

describe("rateLimitKey", () => {
  it("names the limit and hides what it counts", () => {
    const key = rateLimitKey(SECRET, "apply", ["203.0.113.7"]);
    expect(key).toMatch(/^apply:[\w-]{43}$/);
    expect(key).not.toContain("203.0.113");
    expect(key.length).toBeLessThanOrEqual(255);
  });

  it("differs by secret, limit and every part, and never joins parts ambiguously", () => {
    const key = rateLimitKey(SECRET, "apply", ["203.0.113.7"]);
    expect(rateLimitKey("t".repeat(32), "apply", ["203.0.113.7"])).not.toBe(key);
    expect(rateLimitKey(SECRET, "job-board", ["203.0.113.7"])).not.toBe(key);
    expect(rateLimitKey(SECRET, "apply", ["203.0.113.8"])).not.toBe(key);
    expect(rateLimitKey(SECRET, "x", ["ab", "c"])).not.toBe(rateLimitKey(SECRET, "x", ["a", "bc"]));
    expect(rateLimitKey(SECRET, "apply", ["203.0.113.7"])).toBe(key);
  });
});

describe("rateLimitSecret", () => {
  it("prefers RATE_LIMIT_SECRET, else derives one from AUTH_SECRET without revealing it", () => {
    expect(rateLimitSecret({ RATE_LIMIT_SECRET: SECRET, AUTH_SECRET: "a".repeat(32), NODE_ENV: "production" })).toBe(
      SECRET,
    );
    const derived = rateLimitSecret({
      RATE_LIMIT_SECRET: undefined,
      AUTH_SECRET: "a".repeat(32),
      NODE_ENV: "production",
    });
    expect(derived).toMatch(/^[0-9a-f]{64}$/);
    expect(derived).not.toContain("a".repeat(32));
    expect(
      rateLimitSecret({ RATE_LIMIT_SECRET: undefined, AUTH_SECRET: "b".repeat(32), NODE_ENV: "production" }),
    ).not.toBe(derived);
  });

  it("refuses to run production on a guessable key", () => {
    expect(() =>
      rateLimitSecret({ RATE_LIMIT_SECRET: undefined, AUTH_SECRET: undefined, NODE_ENV: "production" }),
    ).toThrow(/must not be guessable/);
    expect(rateLimitSecret({ RATE_LIMIT_SECRET: undefined, AUTH_SECRET: undefined, NODE_ENV: "test" })).toBeTruthy();
  });
});
