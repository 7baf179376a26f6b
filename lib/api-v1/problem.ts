import "server-only";
import type { z } from "zod";
import { AppError, httpStatusByCode, toSafeError, type AppErrorCode } from "@/lib/errors";
import { RateLimitedError } from "@/lib/rate-limit/rate-limited-error";

/** RFC 9457 problem types: a page of the API reference per kind of error. */
export const PROBLEM_TYPE_BASE = "/api/v1/reference#problem-";

const TITLES: Record<AppErrorCode, string> = {
  VALIDATION: "Invalid request",
  NOT_FOUND: "Not found",
  JOB_CLOSED: "Job closed",
  ALREADY_APPLIED: "Already applied",
  FORM_OUTDATED: "Outdated",
  UNAUTHORIZED: "Unauthorized",
  FORBIDDEN: "Forbidden",
  CONFLICT: "Conflict",
  RATE_LIMITED: "Too many requests",
  TOO_LARGE: "Request too large",
  UNAVAILABLE: "Service unavailable",
};

/** A request that does not match its schema: a client bug, answered 400 with the fields in `errors`. */
export class InvalidRequestError extends AppError {
  constructor(
    message: string,
    readonly issues: { pointer: string; detail: string }[],
  ) {
    super("VALIDATION", message);
  }
}

export function invalidRequest(error: z.ZodError, where: "query" | "body"): InvalidRequestError {
  const issues = error.issues.map((issue) => ({
    pointer: where === "body" ? `#/${issue.path.join("/")}` : `${issue.path.join(".") || "query"}`,
    detail: issue.message,
  }));
  return new InvalidRequestError(`The ${where === "body" ? "request body" : "query string"} is not valid.`, issues);
}

/** `application/problem+json` for any thrown value; never a stack or a database message. */
export function problemResponse(error: unknown, headers: Record<string, string> = {}): Response {
  const safe = toSafeError(error, "api-v1");
  const status = safe instanceof InvalidRequestError ? 400 : httpStatusByCode[safe.code];
  const body: Record<string, unknown> = {
    type: `${PROBLEM_TYPE_BASE}${safe.code.toLowerCase().replaceAll("_", "-")}`,
    title: TITLES[safe.code],
    status,
    detail: safe.message,
  };
  if (safe instanceof InvalidRequestError) body.errors = safe.issues;
  else if (safe.fieldErrors)
    body.errors = Object.entries(safe.fieldErrors).flatMap(([field, messages]) =>
      messages.map((detail) => ({ pointer: `#/${field}`, detail })),
    );
  const extra: Record<string, string> = { ...headers };
  if (status === 401) extra["WWW-Authenticate"] = 'Bearer realm="Trellis staff API"';
  if (safe instanceof RateLimitedError) extra["Retry-After"] = String(safe.retryAfterSeconds);
  return new Response(JSON.stringify(body), {
    status,
    headers: { "Content-Type": "application/problem+json", "Cache-Control": "no-store", ...extra },
  });
}
