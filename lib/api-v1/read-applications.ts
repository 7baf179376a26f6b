import "server-only";
import type { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { applicationsVisibleTo, assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { encodeCursor, type ListApplicationsQuery } from "./params";
import type { applicationSchema } from "./schemas";

const DEFAULT_PAGE_SIZE = 50;

// Never eligibility, accommodation or self-identification: not even selected.
const applicationSelect = {
  id: true,
  reference: true,
  jobId: true,
  candidateId: true,
  status: true,
  source: true,
  submittedAt: true,
  lastActivityAt: true,
  closedAt: true,
  version: true,
  stage: { select: { id: true, name: true } },
  rejectionReason: { select: { id: true, kind: true, label: true } },
} as const satisfies Prisma.ApplicationSelect;

type ApplicationRow = Prisma.ApplicationGetPayload<{ select: typeof applicationSelect }>;

function toApplication(row: ApplicationRow): z.input<typeof applicationSchema> {
  return {
    id: row.id,
    reference: row.reference,
    job_id: row.jobId,
    candidate_id: row.candidateId,
    stage: row.stage,
    status: row.status,
    source: row.source,
    rejection_reason: row.rejectionReason,
    submitted_at: row.submittedAt.toISOString(),
    updated_at: row.lastActivityAt.toISOString(),
    closed_at: row.closedAt?.toISOString() ?? null,
    version: row.version,
  };
}

/**
 * A page of the applications the actor sees, in (updated_at, id) order: a page boundary is a
 * position in that order, so paging is stable while rows change, and a change moves a row to
 * the end, where a client polling with `updated_since` finds it.
 */
export async function listApplicationsForApi({ actor, query }: { actor: Actor; query: ListApplicationsQuery }) {
  assertCan(actor, "application.read");
  const take = query.limit ?? DEFAULT_PAGE_SIZE;
  const after = query.cursor;
  const rows = await db.application.findMany({
    where: {
      AND: [
        applicationsVisibleTo(actor),
        query.job_id === undefined ? {} : { jobId: query.job_id },
        query.updated_since ? { lastActivityAt: { gte: query.updated_since } } : {},
        after
          ? {
              OR: [
                { lastActivityAt: { gt: after.updatedAt } },
                { lastActivityAt: after.updatedAt, id: { gt: after.id } },
              ],
            }
          : {},
      ],
    },
    orderBy: [{ lastActivityAt: "asc" }, { id: "asc" }],
    take: take + 1,
    select: applicationSelect,
  });
  const page = rows.slice(0, take);
  const last = page.at(-1);
  return {
    data: page.map(toApplication),
    next_cursor: rows.length > take && last ? encodeCursor({ updatedAt: last.lastActivityAt, id: last.id }) : null,
  };
}

export async function getApplicationForApi({ actor, applicationId }: { actor: Actor; applicationId: string }) {
  assertCan(actor, "application.read");
  return findVisibleApplication(actor, applicationId);
}

/** The application as it is after a change the actor made (which needed its own permission). */
export async function findVisibleApplication(actor: Actor, applicationId: string) {
  const row = await db.application.findFirst({
    where: { AND: [{ id: applicationId }, applicationsVisibleTo(actor)] },
    select: applicationSelect,
  });
  if (!row) throw new AppError("NOT_FOUND", "That application does not exist or is not visible to this token.");
  return toApplication(row);
}
