import "server-only";
import { db } from "@/lib/db";

export type RetentionDue = { candidateId: string; lastActivityAt: Date; retentionMonths: number };

/**
 * Candidates the retention policy erases now (docs/decisions/0009-retention-and-erasure.md):
 * - every one of their applications was last active longer ago than its employer's
 *   retentionInactiveMonths, and no employer of theirs has turned retention off (0);
 * - none of their applications is still ACTIVE in a published job (someone may yet act on it);
 * - not on legal hold, not already anonymized, not merged into another record (that record
 *   decides, and its erasure takes the merged ones along).
 * Oldest activity first, so a run cut short has erased the longest-waiting people.
 */
export async function findCandidatesDueForRetention({ now = new Date() }: { now?: Date } = {}): Promise<
  RetentionDue[]
> {
  return db.$queryRaw<RetentionDue[]>`
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
  GROUP BY c."id"
    HAVING bool_and(o."retentionInactiveMonths" > 0
                    AND a."lastActivityAt" < ${now}::timestamp - make_interval(months => o."retentionInactiveMonths"))
       AND NOT bool_or(a."status" = 'ACTIVE' AND j."status" = 'PUBLISHED')
  ORDER BY max(a."lastActivityAt") ASC, c."id" ASC`;
}
