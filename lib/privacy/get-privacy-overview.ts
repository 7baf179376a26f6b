import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { normalizeEmail } from "@/lib/format/email";
import { findEmployerId } from "@/lib/jobs/find-employer-id";
import { loadCandidateSummaries, type CandidatePrivacySummary } from "./load-candidate-summaries";
import { previewErasures, type PlannedErasure } from "./plan-erasures";

/** Rows shown per list; the counts say how many there are in all. */
export const PRIVACY_LIST_LIMIT = 100;

/**
 * Everything on the admin's privacy page: the retention setting, the dry run of the next
 * privacy run, open erasure requests, people on legal hold, and a lookup by email or reference.
 */
export async function getPrivacyOverview({
  actor,
  lookup,
  now = new Date(),
}: {
  actor: Actor;
  lookup: string;
  now?: Date;
}) {
  assertCan(actor, "privacy.manage");
  const organizationId = await db.$transaction((tx) => findEmployerId(tx));
  const [organization, plan, requests, held, found] = await Promise.all([
    db.organization.findUniqueOrThrow({
      where: { id: organizationId },
      select: { name: true, retentionInactiveMonths: true },
    }),
    previewErasures({ now, limit: PRIVACY_LIST_LIMIT }),
    db.erasureRequest.findMany({
      where: { status: { in: ["PENDING", "ON_HOLD"] } },
      orderBy: [{ requestedAt: "asc" }, { id: "asc" }],
      take: PRIVACY_LIST_LIMIT,
      select: { id: true, candidateId: true, source: true, status: true, requestedAt: true },
    }),
    db.candidate.findMany({
      where: { legalHold: true },
      orderBy: { id: "asc" },
      take: PRIVACY_LIST_LIMIT,
      select: { id: true },
    }),
    lookupCandidates(lookup),
  ]);
  const people = await loadCandidateSummaries([
    ...plan.entries.map((entry) => entry.candidateId),
    ...requests.map((request) => request.candidateId),
    ...held.map((candidate) => candidate.id),
    ...found,
  ]);
  const person = (id: string): CandidatePrivacySummary | null => people.get(id) ?? null;
  return {
    organizationName: organization.name,
    retentionInactiveMonths: organization.retentionInactiveMonths,
    dryRun: {
      total: plan.total,
      entries: plan.entries.flatMap((entry) => withPerson(entry, person(entry.candidateId))),
    },
    requests: requests.flatMap((request) => {
      const summary = person(request.candidateId);
      return summary ? [{ ...request, person: summary }] : [];
    }),
    held: held.flatMap((candidate) => person(candidate.id) ?? []),
    lookup: { query: lookup, results: found.flatMap((id) => person(id) ?? []) },
  };
}

function withPerson(entry: PlannedErasure, summary: CandidatePrivacySummary | null) {
  return summary ? [{ ...entry, person: summary }] : [];
}

/** An exact email address or application reference: finds one person without a fuzzy search. */
async function lookupCandidates(query: string): Promise<string[]> {
  if (query === "") return [];
  const rows = await db.candidate.findMany({
    where: {
      OR: [{ emailNormalized: normalizeEmail(query) }, { applications: { some: { reference: query.toUpperCase() } } }],
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: 20,
    select: { id: true, mergedIntoId: true },
  });
  // A merged duplicate is handled through the record it was merged into.
  return [...new Set(rows.map((row) => row.mergedIntoId ?? row.id))];
}

export type PrivacyOverview = Awaited<ReturnType<typeof getPrivacyOverview>>;
export type DryRunEntry = PrivacyOverview["dryRun"]["entries"][number];
