import "server-only";
import { db } from "@/lib/db";
import type { RejectionKind } from "@/lib/generated/prisma/enums";
import type { ReportScope } from "./report-scope";
import type { ReportPeriod } from "./schema";

export type RejectionReasonRow = {
  kind: RejectionKind;
  reasonId: number | null;
  /** Null: a candidate withdrew from their status page without giving a reason. */
  label: string | null;
  count: number;
};

/**
 * Why applications ended in the period, split by who ended them: each move to REJECTED ("we
 * rejected") or WITHDRAWN ("candidate withdrew") with its reason.
 */
export async function getRejectionReasonsReport(
  scope: ReportScope,
  period: ReportPeriod,
): Promise<RejectionReasonRow[]> {
  return db.$queryRaw<RejectionReasonRow[]>`
    SELECT CASE WHEN transition."toStatus" = 'WITHDRAWN' THEN 'CANDIDATE_WITHDREW' ELSE 'WE_REJECTED' END AS "kind",
           reason."id" AS "reasonId", reason."label", COUNT(*)::int AS "count"
      FROM "StageTransition" AS transition
      JOIN "Application" AS application ON application."id" = transition."applicationId"
      LEFT JOIN "RejectionReason" AS reason ON reason."id" = transition."rejectionReasonId"
     WHERE application."jobId" = ANY(${scope.jobIds}::int[])
       AND transition."toStatus" IN ('REJECTED', 'WITHDRAWN') AND transition."fromStatus" <> transition."toStatus"
       AND transition."createdAt" >= ${period.from} AND transition."createdAt" < ${period.to}
     GROUP BY 1, reason."id", reason."label"
     ORDER BY 1 DESC, "count" DESC, reason."label" NULLS LAST`;
}
