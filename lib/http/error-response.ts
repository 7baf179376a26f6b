import "server-only";
import { NextResponse } from "next/server";
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
