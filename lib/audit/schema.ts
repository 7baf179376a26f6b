// The audit log page's filters live in the URL (a GET form, so they work without JavaScript and
// a view can be bookmarked). A value that does not parse falls back to "no filter".
import { z } from "zod";
import { storableTextCheck } from "@/lib/validations/storable-text";

export const AUDIT_PAGE_SIZE = 50;

export const AUDIT_ACTOR_TYPES = ["staff", "candidate", "system", "apiToken"] as const;

/**
 * A position in the log, newest first: the createdAt (milliseconds, the column's precision) and
 * id of an event. Keyset pagination: each page is an index range scan on createdAt, however deep.
 */
export type AuditCursor = { createdAt: Date; id: string };

const CURSOR = /^(\d{1,15})_([A-Za-z0-9]{1,64})$/;

export function auditCursorParam(cursor: AuditCursor): string {
  return `${cursor.createdAt.getTime()}_${cursor.id}`;
}

const cursor = z
  .string()
  .regex(CURSOR)
  .transform((value): AuditCursor => {
    const [, millis, id] = CURSOR.exec(value)!;
    return { createdAt: new Date(Number(millis)), id: id! };
  });

const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine(...storableTextCheck());
const isoDay = z.iso.date();

export const auditFiltersSchema = z.object({
  /** Part of a staff member's email, any case. */
  actor: text(254).optional().catch(undefined),
  actorType: z.enum(AUDIT_ACTOR_TYPES).optional().catch(undefined),
  /** An action or its beginning: "view." matches every view of sensitive data. */
  action: text(100).optional().catch(undefined),
  subjectType: text(50).optional().catch(undefined),
  subjectId: text(100).optional().catch(undefined),
  /** Days (UTC, YYYY-MM-DD), both included. */
  from: isoDay.optional().catch(undefined),
  to: isoDay.optional().catch(undefined),
  /** Older than this event (the next page), or newer than it (the previous page). */
  before: cursor.optional().catch(undefined),
  after: cursor.optional().catch(undefined),
});

export type AuditFilters = z.output<typeof auditFiltersSchema>;

type RawSearchParams = Record<string, string | string[] | undefined>;

/** Next.js searchParams to filters; blank fields of the submitted form mean "no filter". Never throws. */
export function parseAuditFilters(params: RawSearchParams): AuditFilters {
  const raw: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (typeof first === "string" && first.trim() !== "") raw[key] = first;
  }
  return auditFiltersSchema.parse(raw);
}

/** The URL query of filters (and a page position), for links; omits what is unset. */
export function auditFiltersQuery(
  filters: AuditFilters,
  page: { before?: AuditCursor; after?: AuditCursor } = {},
): string {
  const params = new URLSearchParams();
  for (const key of ["actor", "actorType", "action", "subjectType", "subjectId", "from", "to"] as const) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  if (page.before) params.set("before", auditCursorParam(page.before));
  if (page.after) params.set("after", auditCursorParam(page.after));
  const query = params.toString();
  return query ? `?${query}` : "";
}
