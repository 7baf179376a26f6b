import "server-only";
import { db } from "@/lib/db";
import type { ErasureSource } from "@/lib/generated/prisma/enums";
import {
  countCandidatesDueForRetention,
  findCandidatesDueForRetention,
  type RetentionDue,
} from "./find-candidates-due-for-retention";

/**
 * How long a candidate's own request waits before the daily run carries it out: long enough for
 * the confirmation email to leave first (erasure removes the address it goes to), far inside
 * the one month the law allows.
 */
export const CANDIDATE_REQUEST_GRACE_HOURS = 1;

export type PlannedErasure =
  | { candidateId: string; reason: "REQUEST"; source: ErasureSource; erasureRequestId: string; requestedAt: Date }
  | { candidateId: string; reason: "RETENTION"; lastActivityAt: Date; retentionMonths: number };

/**
 * Who the next privacy run erases and why: pending requests past their grace period, then the
 * retention policy's inactive candidates. The run erases exactly this list (runRetention), and
 * the admin page shows it as the dry run. People on legal hold are not on it.
 */
export async function planErasures({ now = new Date() }: { now?: Date } = {}): Promise<PlannedErasure[]> {
  const requested = await planRequestedErasures(now);
  const due = await findCandidatesDueForRetention({ now, excludeIds: requested.map((entry) => entry.candidateId) });
  return [...requested, ...due.map(retentionEntry)];
}

/**
 * The admin page's dry run: how many people planErasures lists and its first `limit` entries,
 * counted in the database instead of read, so the page stays cheap with 100,000 candidates.
 */
export async function previewErasures({
  now = new Date(),
  limit,
}: {
  now?: Date;
  limit: number;
}): Promise<{ total: number; entries: PlannedErasure[] }> {
  const requested = await planRequestedErasures(now);
  const excludeIds = requested.map((entry) => entry.candidateId);
  const [dueCount, due] = await Promise.all([
    countCandidatesDueForRetention({ now, excludeIds }),
    requested.length >= limit
      ? Promise.resolve([])
      : findCandidatesDueForRetention({ now, excludeIds, limit: limit - requested.length }),
  ]);
  return {
    total: requested.length + dueCount,
    entries: [...requested, ...due.map(retentionEntry)].slice(0, limit),
  };
}

/** Pending requests past their grace period, one per person, oldest first; people on legal hold wait. */
async function planRequestedErasures(now: Date): Promise<PlannedErasure[]> {
  const requestedBefore = new Date(now.getTime() - CANDIDATE_REQUEST_GRACE_HOURS * 60 * 60 * 1000);
  const requests = await db.erasureRequest.findMany({
    // ON_HOLD too: a request whose hold has been lifted runs again.
    where: { status: { in: ["PENDING", "ON_HOLD"] }, requestedAt: { lte: requestedBefore } },
    orderBy: [{ requestedAt: "asc" }, { id: "asc" }],
    select: { id: true, candidateId: true, source: true, requestedAt: true },
  });
  const requestedIds = [...new Set(requests.map((request) => request.candidateId))];
  const people = await db.candidate.findMany({
    where: { id: { in: requestedIds } },
    select: { id: true, legalHold: true, anonymizedAt: true, mergedInto: { select: { legalHold: true } } },
  });
  // Already-erased people are included: the run closes their request without changing anything.
  const erasable = new Set(
    people.filter((person) => !person.legalHold && !person.mergedInto?.legalHold).map((person) => person.id),
  );

  const planned: PlannedErasure[] = [];
  const seen = new Set<string>();
  for (const request of requests) {
    if (!erasable.has(request.candidateId) || seen.has(request.candidateId)) continue;
    seen.add(request.candidateId);
    planned.push({
      candidateId: request.candidateId,
      reason: "REQUEST",
      source: request.source,
      erasureRequestId: request.id,
      requestedAt: request.requestedAt,
    });
  }
  return planned;
}

function retentionEntry(due: RetentionDue): PlannedErasure {
  return {
    candidateId: due.candidateId,
    reason: "RETENTION",
    lastActivityAt: due.lastActivityAt,
    retentionMonths: due.retentionMonths,
  };
}
