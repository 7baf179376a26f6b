import { randomUUID } from "node:crypto";

export type AppErrorCode =
  | "VALIDATION"
  | "NOT_FOUND"
  | "JOB_CLOSED"
  | "ALREADY_APPLIED"
  | "FORM_OUTDATED"
  | "UNAUTHORIZED"
  | "FORBIDDEN"
  | "CONFLICT"
  | "RATE_LIMITED"
  | "TOO_LARGE"
  | "UNAVAILABLE";

/** An error whose message is safe to show to the person who caused it. */
export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const httpStatusByCode: Record<AppErrorCode, number> = {
  VALIDATION: 422,
  NOT_FOUND: 404,
  JOB_CLOSED: 410,
  ALREADY_APPLIED: 409,
  FORM_OUTDATED: 409,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  // Someone else changed the record first (optimistic concurrency, e.g. Application.version).
  CONFLICT: 409,
  // Too many requests from one address (or for one email) in a while: lib/rate-limit.
  RATE_LIMITED: 429,
  // A request body over its limit (uploads): lib/http/read-multipart.ts.
  TOO_LARGE: 413,
  UNAVAILABLE: 503,
};

/**
 * Turns any thrown value into something safe to send: AppErrors keep their message; anything
 * else is logged with a request id and replaced by a generic message carrying that id.
 */
export function toSafeError(error: unknown, context: string): AppError & { requestId?: string } {
  if (error instanceof AppError) return error;
  const requestId = randomUUID().slice(0, 8);
  console.error(`[${context}] request ${requestId} failed`, error);
  const safe = isDatabaseUnreachable(error)
    ? new AppError(
        "UNAVAILABLE",
        `We could not reach our database, so nothing was saved. Please try again in a minute (reference ${requestId}).`,
      )
    : new AppError(
        "UNAVAILABLE",
        `Something went wrong on our side and nothing was saved. Please try again (reference ${requestId}).`,
      );
  return Object.assign(safe, { requestId });
}

export function isDatabaseUnreachable(error: unknown): boolean {
  const text =
    String((error as { message?: string })?.message ?? error) + String((error as { code?: string })?.code ?? "");
  return /ECONNREFUSED|ETIMEDOUT|ENOTFOUND|Can't reach database|connection terminated|P1001|P1017|DatabaseNotReachable/i.test(
    text,
  );
}
