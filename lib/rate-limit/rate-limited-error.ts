import type { CandidateRefusal } from "@/lib/candidate-rights/candidate-refusal";
import { AppError } from "@/lib/errors";

/** A refused request over a rate limit: answered 429 with Retry-After (whole seconds). */
export class RateLimitedError extends AppError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
    fieldErrors?: Record<string, string[]>,
    /** The same refusal, for a candidate's page to say in its language (refusal-words.ts). */
    readonly refusal?: CandidateRefusal,
  ) {
    super("RATE_LIMITED", message, fieldErrors);
    this.name = "RateLimitedError";
  }
}

/** The Retry-After header for an error that carries one. */
export function retryAfterHeaders(error: unknown): Record<string, string> {
  return error instanceof RateLimitedError ? { "Retry-After": String(error.retryAfterSeconds) } : {};
}
