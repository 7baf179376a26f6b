import "server-only";
import type { z } from "zod";
import { toFieldErrors } from "@/lib/submissions/field-errors";
import type { ActionFailure } from "@/lib/actions/action-result";
import { toSafeError } from "@/lib/errors";

/**
 * Any thrown value as an ActionFailure: an AppError keeps its message and field errors; anything
 * else is logged with a reference and reported generically (never a stack or database message).
 */
export function actionFailure(error: unknown, context: string): ActionFailure {
  const safe = toSafeError(error, context);
  return { ok: false, message: safe.message, ...(safe.fieldErrors && { fieldErrors: safe.fieldErrors }) };
}

/** A failed parse of the form's shared schema, named by the form's field paths. */
export function validationFailure(error: z.ZodError, message = "Some answers need fixing."): ActionFailure {
  return { ok: false, message, fieldErrors: toFieldErrors(error) };
}
