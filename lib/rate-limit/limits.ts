// Every rate limit Trellis applies: how many requests per window, counted in Postgres
// (rate_limits) so all app instances share one count.

export type RateLimitRule = { points: number; durationSeconds: number };

export const RATE_LIMITS = {
  // Applying on the careers site, per client address. Generous enough for a job fair or an
  // office behind one address; a person applies a handful of times, not dozens in an hour.
  // RATE_LIMIT_APPLY_PER_HOUR overrides the count (the e2e suite applies from one address).
  apply: { points: 30, durationSeconds: 60 * 60 },
  // Reading a chosen resume for the form's suggestions, per client address: the same count as
  // applying (RATE_LIMIT_APPLY_PER_HOUR overrides both), since each read runs the document parsers.
  "resume-prefill": { points: 30, durationSeconds: 60 * 60 },
  // The Job Board API, per API key and client address: an aggregator posts many applications.
  "job-board-apply": { points: 300, durationSeconds: 10 * 60 },
  // Wrong Job Board API keys in a row, per client address whatever the key: past it the address
  // is refused for the rest of the hour, the right key too. Guessing by trying one key per
  // request never meets the limit above, which counts each key apart.
  "job-board-key-failures": { points: 50, durationSeconds: 60 * 60 },
  // Asking for a staff sign-in link, per client address (every email, invited or not).
  "sign-in-address": { points: 20, durationSeconds: 60 * 60 },
  // Sign-in emails actually sent, per recipient: nobody's inbox can be flooded with links.
  "sign-in-email": { points: 5, durationSeconds: 15 * 60 },
  // Re-sending an application's private status link, per client address and per recipient.
  "status-link-address": { points: 10, durationSeconds: 60 * 60 },
  "status-link-email": { points: 3, durationSeconds: 60 * 60 },
  // Invalid staff API tokens, per client address whatever the token: past it, the address's
  // invalid tokens get 429 instead of 401. A valid token is still served (256-bit tokens cannot
  // be guessed, and refusing it would let anyone sharing the address lock an integration out).
  "staff-api-token-failures": { points: 50, durationSeconds: 60 * 60 },
  // The staff API, per token: an HR system syncing in bursts. RATE_LIMIT_API_PER_MINUTE overrides it.
  "staff-api": { points: 600, durationSeconds: 60 },
} as const satisfies Record<string, RateLimitRule>;

export type RateLimitName = keyof typeof RATE_LIMITS;

/** "in 1 minute", "in 12 minutes", "in 2 hours": when to try again, as a person reads it. */
export function retryAfterWords(seconds: number): string {
  const { unit, count } = retryAfterParts(seconds);
  return unit === "minutes" ? `in ${count} minute${count === 1 ? "" : "s"}` : `in ${count} hours`;
}

/** The same wait as retryAfterWords, for a message that says it in another language. */
export function retryAfterParts(seconds: number): { unit: "minutes" | "hours"; count: number } {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  return minutes < 90 ? { unit: "minutes", count: minutes } : { unit: "hours", count: Math.ceil(minutes / 60) };
}
