import "server-only";
import type pg from "pg";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { RATE_LIMITS, type RateLimitName } from "./limits";
import { rateLimitKey } from "./rate-limit-key";

export const RATE_LIMIT_TABLE = "rate_limits";

/** Allowed: how many requests remain and when the window resets (the staff API's RateLimit headers). */
export type Consumed =
  { allowed: true; remaining: number; resetSeconds: number } | { allowed: false; retryAfterSeconds: number };

export interface RateLimiter {
  /** Counts one request for `parts` (hashed with the secret) and says whether it is allowed. */
  consume(parts: readonly string[]): Promise<Consumed>;
  /** Counts nothing: whether one more request for `parts` would be allowed, and how many they used. */
  peek(parts: readonly string[]): Promise<Consumed & { used: number }>;
  /** Forgets what `parts` used (a limit on failures in a row ends at a success). */
  reset(parts: readonly string[]): Promise<void>;
}

/**
 * One limit counted in Postgres through `pool`. Any number of these, in any number of
 * processes, share a count when they share the database and the secret. Expired rows are
 * deleted by the "rate-limits.clean" job, not by a timer in every app process.
 */
export function createRateLimiter(
  pool: pg.Pool,
  name: RateLimitName,
  secret: string,
  points: number = RATE_LIMITS[name].points,
): RateLimiter {
  const rule = { ...RATE_LIMITS[name], points };
  const limiter = new RateLimiterPostgres({
    storeClient: unnamedStatements(pool),
    storeType: "pool",
    tableName: RATE_LIMIT_TABLE,
    // The table comes from Prisma's migrations (model RateLimit).
    tableCreated: true,
    clearExpiredByTimeout: false,
    // The key already names the limit (rate-limit-key.ts).
    keyPrefix: "",
    points: rule.points,
    duration: rule.durationSeconds,
  });
  const secondsLeft = (msBeforeNext: number) => Math.max(1, Math.ceil(msBeforeNext / 1000));
  return {
    async consume(parts) {
      try {
        const state = await limiter.consume(rateLimitKey(secret, name, parts));
        return { allowed: true, remaining: state.remainingPoints, resetSeconds: secondsLeft(state.msBeforeNext) };
      } catch (outcome) {
        // The library rejects with a RateLimiterRes when over the limit, with an Error when the
        // database failed (which the caller reports like any other database failure).
        if (!(outcome instanceof RateLimiterRes)) throw outcome;
        return { allowed: false, retryAfterSeconds: secondsLeft(outcome.msBeforeNext) };
      }
    },
    async peek(parts) {
      const state = await limiter.get(rateLimitKey(secret, name, parts));
      const used = state?.consumedPoints ?? 0;
      return state && used >= rule.points
        ? { allowed: false, used, retryAfterSeconds: secondsLeft(state.msBeforeNext) }
        : {
            allowed: true,
            used,
            remaining: rule.points - used,
            resetSeconds: state ? secondsLeft(state.msBeforeNext) : rule.durationSeconds,
          };
    },
    async reset(parts) {
      await limiter.delete(rateLimitKey(secret, name, parts));
    },
  };
}

/**
 * The library names its statements, which `pg` prepares once per connection. The embedded
 * Postgres runs one session for all connections, where a second connection preparing the same
 * name fails ("prepared statement … already exists"); unnamed statements work everywhere.
 */
function unnamedStatements(pool: pg.Pool) {
  return { query: ({ text, values }: { text: string; values?: unknown[] }) => pool.query(text, values) };
}
