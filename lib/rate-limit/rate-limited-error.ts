import { AppError } from "@/lib/errors";

/** A refused request over a rate limit: answered 429 with Retry-After (whole seconds). */
export class RateLimitedError extends AppError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
    fieldErrors?: Record<string, string[]>,
  ) {
    super("RATE_LIMITED", message, fieldErrors);
    this.name = "RateLimitedError";
  }
}

/** The Retry-After header for an error that carries one. */
export function retryAfterHeaders(error: unknown): Record<string, string> {
  return error instanceof RateLimitedError ? { "Retry-After": String(error.retryAfterSeconds) } : {};
}
