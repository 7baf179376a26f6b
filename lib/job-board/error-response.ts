import "server-only";
import { NextResponse } from "next/server";
import { httpStatusByCode, toSafeError, type AppErrorCode } from "@/lib/errors";
import { retryAfterHeaders } from "@/lib/rate-limit/rate-limited-error";
import { JobBoardRequestError } from "./job-board-request-error";

// Where the Job Board API answers differently from the rest of Trellis: a validation error is a
// 400 (a client bug, not a person's typo), and a closed job is as unknown as on Greenhouse.
const STATUS_BY_CODE: Partial<Record<AppErrorCode, number>> = { VALIDATION: 400, JOB_CLOSED: 404 };

/** `{ error, code, field_errors? }`, never a stack or a database message. */
export function jobBoardErrorResponse(error: unknown): NextResponse {
  const safe = toSafeError(error, "job-board");
  const status =
    safe instanceof JobBoardRequestError ? safe.status : (STATUS_BY_CODE[safe.code] ?? httpStatusByCode[safe.code]);
  const body: Record<string, unknown> = { error: safe.message, code: safe.code };
  if (safe.fieldErrors && Object.keys(safe.fieldErrors).length > 0) body.field_errors = safe.fieldErrors;
  const headers: HeadersInit =
    status === 401
      ? { "WWW-Authenticate": 'Basic realm="Trellis Job Board API", charset="UTF-8"' }
      : retryAfterHeaders(safe);
  return NextResponse.json(body, { status, headers });
}
