import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ReportScope } from "./report-scope";
import type { ReportPeriod } from "./schema";

/**
 * A hire is an accepted offer: the move into a HIRED-kind stage, which sets the application's
 * status to HIRED. It counts in the period of its latest such move, and only while the
 * application is still HIRED (a hire that fell through and was moved back out is no hire).
 * Columns: id, jobId, source, utm_source, submittedAt, hiredAt.
 */
export function hiresInPeriodSql(scope: ReportScope, period: ReportPeriod): Prisma.Sql {
  return Prisma.sql`
    SELECT application."id", application."jobId", application."source"::text AS "source",
           ${utmSourceSql} AS "utmSource", application."submittedAt", hire."createdAt" AS "hiredAt"
      FROM "Application" AS application
      JOIN LATERAL (
             SELECT transition."createdAt"
               FROM "StageTransition" AS transition
              WHERE transition."applicationId" = application."id"
                AND transition."toStatus" = 'HIRED' AND transition."fromStatus" <> 'HIRED'
              ORDER BY transition."createdAt" DESC
              LIMIT 1
           ) AS hire ON true
     WHERE application."jobId" = ANY(${scope.jobIds}::int[])
       AND application."status" = 'HIRED'
       AND hire."createdAt" >= ${period.from} AND hire."createdAt" < ${period.to}`;
}

/** utm_source as campaigns are usually meant: case and surrounding blanks do not make a new source. */
export const utmSourceSql = Prisma.sql`NULLIF(lower(btrim(application."sourceDetail"->>'utm_source')), '')`;

/** Seconds between two timestamps, as a float percentile_cont can take. */
export function secondsBetween(later: Prisma.Sql, earlier: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`EXTRACT(EPOCH FROM (${later} - ${earlier}))::float8`;
}
