// The shapes of the staff API's inputs: path ids, pagination and filters. A path id outside its
// shape names nothing (404 before any query); a bad query value is a 400 naming the parameter.
import { z } from "zod";

const MAX_INT = 2_147_483_647;

/** A numeric id as it appears in a path or query: digits only, within Postgres's integer. */
export const intIdParam = z
  .string()
  .regex(/^[1-9][0-9]{0,9}$/, "Must be a positive whole number")
  .transform(Number)
  .refine((value) => value <= MAX_INT, "Too large")
  .meta({ type: "string", pattern: "^[1-9][0-9]{0,9}$", example: "12" });

/** A text id (cuid): letters, digits, "_" and "-" only, so NUL and the like never reach a query. */
export const textIdParam = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, "Must be an id")
  .meta({ example: "cm4x9a1b20000abcdxyz1234" });

export const jobPathSchema = z.object({ job_id: intIdParam });
export const applicationPathSchema = z.object({ application_id: textIdParam });
export const candidatePathSchema = z.object({ candidate_id: textIdParam });

export const limitParam = z
  .string()
  .regex(/^[0-9]{1,3}$/, "Must be a whole number from 1 to 100")
  .transform(Number)
  .refine((value) => value >= 1 && value <= 100, "Must be a whole number from 1 to 100")
  .optional()
  .meta({ description: "Items per page, 1 to 100 (default 50)." });

/** Opaque to clients: the (updated_at, id) of the last item of the previous page. */
const cursorPosition = z.object({ t: z.iso.datetime(), id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/) });
export type CursorPosition = { updatedAt: Date; id: string };

export function encodeCursor(position: CursorPosition): string {
  return Buffer.from(JSON.stringify({ t: position.updatedAt.toISOString(), id: position.id })).toString("base64url");
}

export const cursorParam = z
  .string()
  .max(200, "This cursor is not one the API gave")
  .transform((value, context): CursorPosition => {
    let decoded: unknown;
    try {
      decoded = /^[A-Za-z0-9_-]+$/.test(value) ? JSON.parse(Buffer.from(value, "base64url").toString("utf8")) : null;
    } catch {
      decoded = null;
    }
    const parsed = cursorPosition.safeParse(decoded);
    if (!parsed.success) {
      context.addIssue({ code: "custom", message: "This cursor is not one the API gave" });
      return z.NEVER;
    }
    return { updatedAt: new Date(parsed.data.t), id: parsed.data.id };
  })
  .optional()
  .meta({ description: "The `next_cursor` of the previous page." });

export const listApplicationsQuerySchema = z.object({
  job_id: intIdParam.optional().meta({ description: "Only this job's applications." }),
  updated_since: z.iso
    .datetime({ offset: true, error: "Must be an RFC 3339 date-time, e.g. 2026-12-01T09:00:00Z" })
    .transform((value) => new Date(value))
    .optional()
    .meta({ description: "Only applications whose `updated_at` is at or after this time (RFC 3339)." }),
  cursor: cursorParam,
  limit: limitParam,
});
export type ListApplicationsQuery = z.output<typeof listApplicationsQuerySchema>;

export const listInterviewsQuerySchema = z.object({ application_id: textIdParam });
