import "server-only";
import { CandidateRefusal } from "@/lib/candidate-rights/candidate-refusal";
import { dbPool } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { normalizeEmail } from "@/lib/format/email";
import { clientAddress, socketAddressKnown } from "./client-address";
import { RATE_LIMITS, retryAfterParts, retryAfterWords, type RateLimitName } from "./limits";
import { RateLimitedError } from "./rate-limited-error";
import { createRateLimiter, type RateLimiter } from "./rate-limiter";
import { rateLimitSecret } from "./rate-limit-key";

// One limiter per limit and process, on the app's own connection pool.
const limiters = new Map<RateLimitName, RateLimiter>();

function limiter(name: RateLimitName): RateLimiter {
  let found = limiters.get(name);
  if (!found) {
    const env = getEnv();
    found = createRateLimiter(
      dbPool(),
      name,
      rateLimitSecret(env),
      name === "apply" || name === "resume-prefill"
        ? env.RATE_LIMIT_APPLY_PER_HOUR
        : name === "staff-api"
          ? env.RATE_LIMIT_API_PER_MINUTE
          : undefined,
    );
    limiters.set(name, found);
  }
  return found;
}

let warnedPeerUnknown = false;

/** Requests whose address cannot be told share one count rather than escaping the limit. */
function addressOf(headers: Headers): string {
  const trustedProxies = getEnv().TRUST_PROXY;
  const address = clientAddress(headers, trustedProxies);
  if (address === null && trustedProxies === 0 && !socketAddressKnown() && !warnedPeerUnknown) {
    warnedPeerUnknown = true;
    console.warn(
      "[rate-limit] TRUST_PROXY=0 but this server cannot see its clients' addresses (it was not started by `npm start`, which preloads lib/rate-limit/socket-address-hook.js): every client shares one rate-limit count. Start it with `npm start`, or set TRUST_PROXY to the number of proxies in front of it.",
    );
  }
  return address ?? "unknown";
}

async function enforce(
  name: RateLimitName,
  parts: readonly string[],
  message: (when: string) => string,
  field?: string,
): Promise<void> {
  const outcome = await limiter(name).consume(parts);
  if (outcome.allowed) return;
  const text = message(retryAfterWords(outcome.retryAfterSeconds));
  throw new RateLimitedError(text, outcome.retryAfterSeconds, field ? { [field]: [text] } : undefined);
}

/** Applying through the careers site, per client address: refused in words the form says in its language. */
export async function limitApplying(headers: Headers): Promise<void> {
  const outcome = await limiter("apply").consume([addressOf(headers)]);
  if (outcome.allowed) return;
  const refusal = new CandidateRefusal("RATE_LIMITED", "applyingTooOften", retryAfterParts(outcome.retryAfterSeconds));
  throw new RateLimitedError(refusal.message, outcome.retryAfterSeconds, undefined, refusal);
}

/** Reading a resume for the application form's suggestions, per client address. */
export async function limitResumePrefill(headers: Headers): Promise<void> {
  const outcome = await limiter("resume-prefill").consume([addressOf(headers)]);
  if (outcome.allowed) return;
  const refusal = new CandidateRefusal("RATE_LIMITED", "readingTooOften", retryAfterParts(outcome.retryAfterSeconds));
  throw new RateLimitedError(refusal.message, outcome.retryAfterSeconds, undefined, refusal);
}

/**
 * The Job Board API, per presented key and client address. Counted before the key is checked,
 * so guessing keys is limited too.
 */
export function limitJobBoardApplying(headers: Headers): Promise<void> {
  return enforce(
    "job-board-apply",
    [headers.get("authorization") ?? "", addressOf(headers)],
    (when) => `Too many applications from this API key and address. Retry ${when} (see the Retry-After header).`,
  );
}

/**
 * Runs `authenticate` (the Job Board API key check), counting wrong or missing keys per client
 * address, whatever key each one tried. An address past its run of failures is refused before
 * its key is looked at, the right key too: a success among the refusals would still tell a
 * guesser when they found it. The right key ends the run.
 */
export async function authenticateJobBoardClient(headers: Headers, authenticate: () => void): Promise<void> {
  const parts = [addressOf(headers)];
  const failures = limiter("job-board-key-failures");
  const before = await failures.peek(parts);
  if (!before.allowed) {
    const when = retryAfterWords(before.retryAfterSeconds);
    throw new RateLimitedError(
      `Too many wrong Job Board API keys from this address. Retry ${when} (see the Retry-After header).`,
      before.retryAfterSeconds,
    );
  }
  try {
    authenticate();
  } catch (error) {
    if (error instanceof AppError && error.code === "UNAUTHORIZED") await failures.consume(parts);
    throw error;
  }
  if (before.used > 0) await failures.reset(parts);
}

/**
 * Runs `authenticate` (the staff API token check), counting invalid tokens per client address.
 * Past the limit an invalid token is answered 429 with Retry-After instead of 401; a valid one
 * is served whatever its address did (see RATE_LIMITS["staff-api-token-failures"]).
 */
export async function authenticateStaffApiClient<T>(headers: Headers, authenticate: () => Promise<T>): Promise<T> {
  try {
    return await authenticate();
  } catch (error) {
    if (!(error instanceof AppError && error.code === "UNAUTHORIZED")) throw error;
    const outcome = await limiter("staff-api-token-failures").consume([addressOf(headers)]);
    if (outcome.allowed) throw error;
    throw new RateLimitedError(
      `Too many requests with invalid API tokens from this address. Retry ${retryAfterWords(outcome.retryAfterSeconds)} (see the Retry-After header).`,
      outcome.retryAfterSeconds,
    );
  }
}

export type ApiRateLimit = { limit: number; remaining: number; resetSeconds: number };

export const apiRequestsPerMinute = () => getEnv().RATE_LIMIT_API_PER_MINUTE ?? RATE_LIMITS["staff-api"].points;

/** One staff API request, per token: what is left of the window, or a RateLimitedError. */
export async function limitApiRequest(tokenId: string): Promise<ApiRateLimit> {
  const limit = apiRequestsPerMinute();
  const outcome = await limiter("staff-api").consume([tokenId]);
  if (outcome.allowed) return { limit, remaining: outcome.remaining, resetSeconds: outcome.resetSeconds };
  throw new RateLimitedError(
    `Too many requests with this token. Retry ${retryAfterWords(outcome.retryAfterSeconds)} (see the Retry-After header).`,
    outcome.retryAfterSeconds,
  );
}

/** Asking for a staff sign-in link, per client address, whatever the email (so it reveals nothing). */
export function limitSignInRequest(headers: Headers): Promise<void> {
  return enforce(
    "sign-in-address",
    [addressOf(headers)],
    (when) => `Too many sign-in requests from your network. Please try again ${when}.`,
    "email",
  );
}

/**
 * Whether one more sign-in email may go to this address. Over the limit the email is skipped
 * silently: an error would tell a stranger that the address belongs to invited staff.
 */
export async function allowSignInEmail(email: string): Promise<boolean> {
  return (await limiter("sign-in-email").consume([normalizeEmail(email)])).allowed;
}

/**
 * Re-sending an application's status link: refused per client address (429 with a message);
 * per recipient it answers `send: false`, and the caller answers as if it had sent, so the
 * page never tells whether an address applied.
 */
export async function limitStatusLinkResend({
  headers,
  email,
}: {
  headers: Headers;
  email: string;
}): Promise<{ send: boolean }> {
  await enforce(
    "status-link-address",
    [addressOf(headers)],
    (when) => `Too many requests for status links from your network. Please try again ${when}.`,
    "email",
  );
  return { send: (await limiter("status-link-email").consume([normalizeEmail(email)])).allowed };
}
