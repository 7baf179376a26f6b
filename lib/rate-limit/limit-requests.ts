import "server-only";
import { dbPool } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { clientAddress } from "./client-address";
import { retryAfterWords, type RateLimitName } from "./limits";
import { RateLimitedError } from "./rate-limited-error";
import { createRateLimiter, type RateLimiter } from "./rate-limiter";
import { rateLimitSecret } from "./rate-limit-key";

// One limiter per limit and process, on the app's own connection pool.
const limiters = new Map<RateLimitName, RateLimiter>();

function limiter(name: RateLimitName): RateLimiter {
  let found = limiters.get(name);
  if (!found) {
    const env = getEnv();
    found = createRateLimiter(dbPool(), name, rateLimitSecret(env), name === "apply" ? env.RATE_LIMIT_APPLY_PER_HOUR : undefined);
    limiters.set(name, found);
  }
  return found;
}

/** Requests whose address cannot be told share one count rather than escaping the limit. */
function addressOf(headers: Headers): string {
  return clientAddress(headers, getEnv().TRUST_PROXY) ?? "unknown";
}

async function enforce(name: RateLimitName, parts: readonly string[], message: (when: string) => string, field?: string): Promise<void> {
  const outcome = await limiter(name).consume(parts);
  if (outcome.allowed) return;
  const text = message(retryAfterWords(outcome.retryAfterSeconds));
  throw new RateLimitedError(text, outcome.retryAfterSeconds, field ? { [field]: [text] } : undefined);
}

const normalizeEmail = (email: string) => email.trim().toLowerCase();

/** Applying through the careers site, per client address. */
export function limitApplying(headers: Headers): Promise<void> {
  return enforce("apply", [addressOf(headers)], (when) => `We received many applications from your network in a short time. Your answers are kept in this browser: please send again ${when}.`);
}

/**
 * The Job Board API, per presented key and client address. Counted before the key is checked,
 * so guessing keys is limited too.
 */
export function limitJobBoardApplying(headers: Headers): Promise<void> {
  return enforce("job-board-apply", [headers.get("authorization") ?? "", addressOf(headers)], (when) => `Too many applications from this API key and address. Retry ${when} (see the Retry-After header).`);
}

/** Asking for a staff sign-in link, per client address, whatever the email (so it reveals nothing). */
export function limitSignInRequest(headers: Headers): Promise<void> {
  return enforce("sign-in-address", [addressOf(headers)], (when) => `Too many sign-in requests from your network. Please try again ${when}.`, "email");
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
export async function limitStatusLinkResend({ headers, email }: { headers: Headers; email: string }): Promise<{ send: boolean }> {
  await enforce("status-link-address", [addressOf(headers)], (when) => `Too many requests for status links from your network. Please try again ${when}.`, "email");
  return { send: (await limiter("status-link-email").consume([normalizeEmail(email)])).allowed };
}
