import type { z } from "zod";
import { toFieldErrors } from "@/lib/submissions/field-errors";
import { AppError } from "@/lib/errors";

/** Parses with the shared schema; invalid input becomes an AppError VALIDATION with field errors. */
export function parseInput<Schema extends z.ZodType>(schema: Schema, input: unknown): z.output<Schema> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const fieldErrors = toFieldErrors(parsed.error);
  const first = Object.values(fieldErrors)[0]?.[0] ?? "Check the form and try again.";
  throw new AppError("VALIDATION", first, fieldErrors);
}
