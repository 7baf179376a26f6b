import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db";

export type RetentionDue = { candidateId: string; lastActivityAt: Date; retentionMonths: number };

type DueQuery = { now?: Date; excludeIds?: readonly string[] };

/**
 * Candidates the retention policy erases now (docs/decisions/0009-retention-and-erasure.md):
 * - every one of their applications was last active longer ago than its employer's
 *   retentionInactiveMonths, and no employer of theirs has turned retention off (0);
 * - none of their applications is still ACTIVE in a published job (someone may yet act on it);
 * - not on legal hold, not already anonymized, not merged into another record (that record
 *   decides, and its erasure takes the merged ones along).
 * One query for the list, the count and the sample, so the dry run and the run never disagree.
 */
function dueForRetention({ now = new Date(), excludeIds = [] }: DueQuery): Prisma.Sql {
  const excluded =
    excludeIds.length > 0 ? Prisma.sql`AND c."id" NOT IN (${Prisma.join([...excludeIds])})` : Prisma.empty;
  return Prisma.sql`
    SELECT c."id" AS "candidateId",
           max(a."lastActivityAt") AS "lastActivityAt",
           max(o."retentionInactiveMonths")::int AS "retentionMonths"
      FROM "Candidate" AS c
      JOIN "Application" AS a ON a."candidateId" = c."id"
      JOIN "Job" AS j ON j."id" = a."jobId"
      JOIN "Organization" AS o ON o."id" = j."organizationId"
     WHERE c."anonymizedAt" IS NULL
       AND c."legalHold" = false
       AND c."mergedIntoId" IS NULL
       ${excluded}
  GROUP BY c."id"
    HAVING bool_and(o."retentionInactiveMonths" > 0
                    AND a."lastActivityAt" < ${now}::timestamp - make_interval(months => o."retentionInactiveMonths"))
       AND NOT bool_or(a."status" = 'ACTIVE' AND j."status" = 'PUBLISHED')`;
}

/**
 * Oldest activity first, so a run cut short has erased the longest-waiting people; `limit`
 * keeps a preview to its first rows instead of reading every due candidate.
 */
export async function findCandidatesDueForRetention({ limit, ...query }: DueQuery & { limit?: number } = {}): Promise<
  RetentionDue[]
> {
  const bounded = limit === undefined ? Prisma.empty : Prisma.sql`LIMIT ${limit}`;
  return db.$queryRaw<RetentionDue[]>`
    ${dueForRetention(query)}
  ORDER BY max(a."lastActivityAt") ASC, c."id" ASC
    ${bounded}`;
}

/** How many candidates the retention policy erases now, without reading them. */
export async function countCandidatesDueForRetention(query: DueQuery = {}): Promise<number> {
  const [row] = await db.$queryRaw<{ count: number }[]>`
    SELECT count(*)::int AS "count" FROM (${dueForRetention(query)}) AS due`;
  return row?.count ?? 0;
}
