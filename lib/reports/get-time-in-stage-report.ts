import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { StageKind } from "@/lib/generated/prisma/enums";
import { secondsBetween } from "./hires-in-period";
import type { ReportScope } from "./report-scope";
import type { ReportPeriod } from "./schema";

export type StageDuration = {
  stageId: number | null;
  kind: StageKind;
  name: string | null;
  /** Finished stays counted. */
  stays: number;
  medianSeconds: number | null;
  p90Seconds: number | null;
};

export type TimeInStageReport = { groupedBy: "stage" | "kind"; stages: StageDuration[] };

/**
 * How long candidates stay in each stage: a stay starts when an application enters a stage (its
 * first stage at submission, later ones by a move) and ends at its next change, a move on or
 * back, a rejection or a withdrawal. Only stays of applications in the pipeline (status ACTIVE)
 * count, and only finished ones that ended in the period: a stay still open has no length yet,
 * and counting it "so far" would make a stage people wait long in look fast.
 */
export async function getTimeInStageReport(scope: ReportScope, period: ReportPeriod): Promise<TimeInStageReport> {
  const stays = Prisma.sql`
    WITH scoped AS (
      SELECT application."id", application."stageId", application."submittedAt"
        FROM "Application" AS application
       WHERE application."jobId" = ANY(${scope.jobIds}::int[])
    ), events AS (
      -- Entering the first stage at submission: the stage the first move left, or the current one.
      SELECT scoped."id" AS "applicationId", scoped."submittedAt" AS "at", 0 AS "order", NULL::text AS "transitionId",
             CASE WHEN first_move."applicationId" IS NULL THEN scoped."stageId" ELSE first_move."fromStageId" END AS "stageId",
             'ACTIVE' AS "status"
        FROM scoped
        LEFT JOIN LATERAL (
               SELECT transition."applicationId", transition."fromStageId"
                 FROM "StageTransition" AS transition
                WHERE transition."applicationId" = scoped."id"
                ORDER BY transition."createdAt", transition."id"
                LIMIT 1
             ) AS first_move ON true
      UNION ALL
      SELECT transition."applicationId", transition."createdAt", 1, transition."id", transition."toStageId", transition."toStatus"::text
        FROM "StageTransition" AS transition
        JOIN scoped ON scoped."id" = transition."applicationId"
    ), stays AS (
      SELECT events."stageId", events."status", events."at" AS "enteredAt",
             LEAD(events."at") OVER (PARTITION BY events."applicationId" ORDER BY events."at", events."order", events."transitionId") AS "leftAt"
        FROM events
    ), finished AS (
      SELECT stays."stageId", ${secondsBetween(Prisma.sql`stays."leftAt"`, Prisma.sql`stays."enteredAt"`)} AS "seconds"
        FROM stays
       WHERE stays."status" = 'ACTIVE' AND stays."leftAt" >= ${period.from} AND stays."leftAt" < ${period.to}
    )`;
  const rows = scope.job
    ? await db.$queryRaw<StageDuration[]>`
        ${stays}
        SELECT stage."id" AS "stageId", stage."kind"::text AS "kind", stage."name", COUNT(finished."seconds")::int AS "stays",
               percentile_cont(0.5) WITHIN GROUP (ORDER BY finished."seconds") AS "medianSeconds",
               percentile_cont(0.9) WITHIN GROUP (ORDER BY finished."seconds") AS "p90Seconds"
          FROM "Stage" AS stage
          LEFT JOIN finished ON finished."stageId" = stage."id"
         WHERE stage."jobId" = ${scope.job.id}
         GROUP BY stage."id"
         ORDER BY stage."position"`
    : await db.$queryRaw<StageDuration[]>`
        ${stays}
        SELECT NULL::int AS "stageId", kinds."kind"::text AS "kind", NULL AS "name", COUNT(finished."seconds")::int AS "stays",
               percentile_cont(0.5) WITHIN GROUP (ORDER BY finished."seconds") AS "medianSeconds",
               percentile_cont(0.9) WITHIN GROUP (ORDER BY finished."seconds") AS "p90Seconds"
          FROM unnest(enum_range(NULL::"StageKind")) AS kinds("kind")
          LEFT JOIN "Stage" AS stage ON stage."kind" = kinds."kind" AND stage."jobId" = ANY(${scope.jobIds}::int[])
          LEFT JOIN finished ON finished."stageId" = stage."id"
         GROUP BY kinds."kind"
         ORDER BY kinds."kind"`;
  return { groupedBy: scope.job ? "stage" : "kind", stages: rows };
}
