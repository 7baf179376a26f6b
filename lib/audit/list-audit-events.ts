import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { escapeLike } from "@/lib/utils/like-pattern";
import { AUDIT_PAGE_SIZE, type AuditCursor, type AuditFilters } from "./schema";

export type AuditLogEntry = {
  id: string;
  createdAt: Date;
  actorType: string;
  /** The staff member who acted (still shown after deactivation); null for candidates and the system. */
  actor: { name: string | null; email: string } | null;
  action: string;
  subjectType: string;
  subjectId: string | null;
  /** The event's details as JSON text, or null. */
  metadata: string | null;
};

export type AuditLogPage = {
  entries: AuditLogEntry[];
  /** Where the next (older) page starts, if there is one. */
  older: AuditCursor | null;
  /** Where the previous (newer) page starts, if there is one. */
  newer: AuditCursor | null;
};

// An email fragment matching more people than this is too vague to be a filter on one actor.
const MAX_MATCHED_ACTORS = 500;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * One page of the audit log, newest first, for admins only. Keyset pagination on (createdAt, id)
 * walks the createdAt index however far back the reader goes. Read-only: nothing in the app
 * updates or deletes these rows, and the database refuses it anyway (trigger AuditEvent_append_only).
 */
export async function listAuditEvents({
  actor,
  filters,
}: {
  actor: Actor;
  filters: AuditFilters;
}): Promise<AuditLogPage> {
  assertCan(actor, "audit.read");
  const where = await filtersWhere(filters);
  if (!where) return { entries: [], older: null, newer: null };

  const goingNewer = Boolean(filters.after) && !filters.before;
  const position = goingNewer
    ? cursorWhere("gt", filters.after!)
    : filters.before
      ? cursorWhere("lt", filters.before)
      : {};
  const direction = goingNewer ? "asc" : "desc";
  const rows = await db.auditEvent.findMany({
    where: { AND: [...where, position] },
    orderBy: [{ createdAt: direction }, { id: direction }],
    take: AUDIT_PAGE_SIZE + 1,
    select: {
      id: true,
      createdAt: true,
      actorType: true,
      actorId: true,
      action: true,
      subjectType: true,
      subjectId: true,
      metadata: true,
    },
  });
  const hasMore = rows.length > AUDIT_PAGE_SIZE;
  const page = rows.slice(0, AUDIT_PAGE_SIZE);
  if (goingNewer) page.reverse();

  const actors = await actorsById(page.flatMap((row) => (row.actorId ? [row.actorId] : [])));
  const first = page[0];
  const last = page.at(-1);
  const key = (row: { createdAt: Date; id: string }): AuditCursor => ({ createdAt: row.createdAt, id: row.id });
  return {
    entries: page.map((row) => ({
      id: row.id,
      createdAt: row.createdAt,
      actorType: row.actorType,
      actor: row.actorId ? (actors.get(row.actorId) ?? null) : null,
      action: row.action,
      subjectType: row.subjectType,
      subjectId: row.subjectId,
      metadata: row.metadata === null ? null : JSON.stringify(row.metadata),
    })),
    older: last && (goingNewer || hasMore) ? key(last) : null,
    newer: first && (goingNewer ? hasMore : Boolean(filters.before)) ? key(first) : null,
  };
}

/** The filters as Prisma conditions; null when the actor filter matches nobody (an empty page). */
async function filtersWhere(filters: AuditFilters): Promise<Prisma.AuditEventWhereInput[] | null> {
  const where: Prisma.AuditEventWhereInput[] = [];
  if (filters.actor) {
    // AuditEvent keeps only the actor's id (no relation: the log outlives any row it names).
    const users = await db.user.findMany({
      // Prisma passes LIKE's wildcards through (checked against Prisma 7): "%" would match everyone.
      where: { email: { contains: escapeLike(filters.actor), mode: "insensitive" } },
      select: { id: true },
      take: MAX_MATCHED_ACTORS,
    });
    if (users.length === 0) return null;
    where.push({ actorType: "staff", actorId: { in: users.map((user) => user.id) } });
  }
  if (filters.actorType) where.push({ actorType: filters.actorType });
  if (filters.action) where.push({ action: { startsWith: escapeLike(filters.action) } });
  if (filters.subjectType) where.push({ subjectType: filters.subjectType });
  if (filters.subjectId) where.push({ subjectId: filters.subjectId });
  if (filters.from) where.push({ createdAt: { gte: new Date(`${filters.from}T00:00:00.000Z`) } });
  if (filters.to)
    where.push({ createdAt: { lt: new Date(new Date(`${filters.to}T00:00:00.000Z`).getTime() + DAY_MS) } });
  return where;
}

function cursorWhere(operator: "lt" | "gt", cursor: AuditCursor): Prisma.AuditEventWhereInput {
  // The plain bound first, so the planner scans the createdAt index from the cursor on.
  const bound = operator === "lt" ? { lte: cursor.createdAt } : { gte: cursor.createdAt };
  return {
    createdAt: bound,
    OR: [
      { createdAt: { [operator]: cursor.createdAt } },
      { createdAt: cursor.createdAt, id: { [operator]: cursor.id } },
    ],
  };
}

async function actorsById(ids: string[]): Promise<Map<string, { name: string | null; email: string }>> {
  if (ids.length === 0) return new Map();
  const users = await db.user.findMany({
    where: { id: { in: [...new Set(ids)] } },
    select: { id: true, name: true, email: true },
  });
  return new Map(users.map((user) => [user.id, { name: user.name, email: user.email }]));
}
