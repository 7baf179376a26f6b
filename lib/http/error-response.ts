import "server-only";
import { NextResponse } from "next/server";
import { refusalWords } from "@/lib/candidate-rights/refusal-words";
import type { RefusalText } from "@/lib/candidate-rights/candidate-refusal";
import { httpStatusByCode, toSafeError } from "@/lib/errors";
import { retryAfterHeaders } from "@/lib/rate-limit/rate-limited-error";

/** The JSON error body every Trellis route handler sends: never a stack or a database message. */
export function errorResponse(error: unknown, context: string): NextResponse {
  const safe = toSafeError(error, context);
  return NextResponse.json(
    { ok: false, code: safe.code, message: safe.message, fieldErrors: safe.fieldErrors ?? {} },
    { status: httpStatusByCode[safe.code], headers: retryAfterHeaders(safe) },
  );
}

/** errorResponse for a candidate's page: the refusal in the words of `t` (status.refusals in its language). */
export function candidateErrorResponse(error: unknown, context: string, t: RefusalText): NextResponse {
  const safe = toSafeError(error, context);
  const { message, fieldErrors } = refusalWords(error, safe, t);
  return NextResponse.json(
    { ok: false, code: safe.code, message, fieldErrors: fieldErrors ?? {} },
    { status: httpStatusByCode[safe.code], headers: retryAfterHeaders(safe) },
  );
}
