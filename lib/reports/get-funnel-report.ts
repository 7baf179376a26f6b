import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { StageKind } from "@/lib/generated/prisma/enums";
import type { ReportScope } from "./report-scope";
import type { ReportPeriod } from "./schema";

export type FunnelStep = {
  /** A stage of the one job, or a stage kind across jobs (their stages differ). */
  stageId: number | null;
  kind: StageKind;
  name: string | null;
  reached: number;
  /** Share of those who reached this step that reached the next one; null for the last step or none reached. */
  conversionToNext: number | null;
};

export type FunnelReport = { groupedBy: "stage" | "kind"; applications: number; steps: FunnelStep[] };

/**
 * Applications submitted in the period and how far each got. An application reached a stage
 * when it sits in that stage or a later one, or was ever moved into it or a later one: the
 * furthest position it reached counts, so moving someone back or rejecting them keeps the
 * stages they passed. Across jobs, a kind is reached when the job's first stage of that kind is.
 */
export async function getFunnelReport(scope: ReportScope, period: ReportPeriod): Promise<FunnelReport> {
  const furthest = Prisma.sql`
    WITH cohort AS (
      SELECT application."id", application."jobId", current_stage."position" AS "currentPosition"
        FROM "Application" AS application
        JOIN "Stage" AS current_stage ON current_stage."id" = application."stageId"
       WHERE application."jobId" = ANY(${scope.jobIds}::int[])
         AND application."submittedAt" >= ${period.from} AND application."submittedAt" < ${period.to}
    ), furthest AS (
      SELECT cohort."id", cohort."jobId", GREATEST(cohort."currentPosition", MAX(entered."position")) AS "position"
        FROM cohort
        LEFT JOIN "StageTransition" AS transition ON transition."applicationId" = cohort."id"
        LEFT JOIN "Stage" AS entered ON entered."id" = transition."toStageId"
       GROUP BY cohort."id", cohort."jobId", cohort."currentPosition"
    )`;
  type Row = {
    stageId: number | null;
    kind: StageKind;
    name: string | null;
    reached: number;
    conversionToNext: number | null;
  };
  const rows = scope.job
    ? await db.$queryRaw<Row[]>`
        ${furthest}
        SELECT stage."id" AS "stageId", stage."kind"::text AS "kind", stage."name", COUNT(furthest."id")::int AS "reached",
               (LEAD(COUNT(furthest."id")) OVER (ORDER BY stage."position"))::float8 / NULLIF(COUNT(furthest."id"), 0) AS "conversionToNext"
          FROM "Stage" AS stage
          LEFT JOIN furthest ON furthest."jobId" = stage."jobId" AND furthest."position" >= stage."position"
         WHERE stage."jobId" = ${scope.job.id}
         GROUP BY stage."id"
         ORDER BY stage."position"`
    : await db.$queryRaw<Row[]>`
        ${furthest}
        SELECT NULL::int AS "stageId", kinds."kind"::text AS "kind", NULL AS "name", COUNT(DISTINCT furthest."id")::int AS "reached",
               (LEAD(COUNT(DISTINCT furthest."id")) OVER (ORDER BY kinds."kind"))::float8 / NULLIF(COUNT(DISTINCT furthest."id"), 0) AS "conversionToNext"
          FROM unnest(enum_range(NULL::"StageKind")) AS kinds("kind")
          LEFT JOIN "Stage" AS stage ON stage."kind" = kinds."kind" AND stage."jobId" = ANY(${scope.jobIds}::int[])
          LEFT JOIN furthest ON furthest."jobId" = stage."jobId" AND furthest."position" >= stage."position"
         GROUP BY kinds."kind"
         ORDER BY kinds."kind"`;
  const [{ applications }] = await db.$queryRaw<[{ applications: number }]>`
    SELECT COUNT(*)::int AS "applications" FROM "Application"
     WHERE "jobId" = ANY(${scope.jobIds}::int[]) AND "submittedAt" >= ${period.from} AND "submittedAt" < ${period.to}`;
  return { groupedBy: scope.job ? "stage" : "kind", applications, steps: rows };
}
