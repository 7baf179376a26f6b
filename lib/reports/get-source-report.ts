import "server-only";
import { db } from "@/lib/db";
import type { ApplicationSource } from "@/lib/generated/prisma/enums";
import { hiresInPeriodSql, utmSourceSql } from "./hires-in-period";
import type { ReportScope } from "./report-scope";
import type { ReportPeriod } from "./schema";

export type SourceRow = {
  source: ApplicationSource;
  /** The link's utm_source, lower-cased; null when it had none. */
  utmSource: string | null;
  /** Applications submitted in the period. */
  applications: number;
  /** Hires made in the period. */
  hires: number;
};

/** Where applications and hires came from: the channel and the utm_source of the link. */
export async function getSourceReport(scope: ReportScope, period: ReportPeriod): Promise<SourceRow[]> {
  return db.$queryRaw<SourceRow[]>`
    WITH counted AS (
      SELECT application."source"::text AS "source", ${utmSourceSql} AS "utmSource", 1 AS "applications", 0 AS "hires"
        FROM "Application" AS application
       WHERE application."jobId" = ANY(${scope.jobIds}::int[])
         AND application."submittedAt" >= ${period.from} AND application."submittedAt" < ${period.to}
      UNION ALL
      SELECT hires."source", hires."utmSource", 0, 1 FROM (${hiresInPeriodSql(scope, period)}) AS hires
    )
    SELECT "source", "utmSource", SUM("applications")::int AS "applications", SUM("hires")::int AS "hires"
      FROM counted
     GROUP BY "source", "utmSource"
     ORDER BY "hires" DESC, "applications" DESC, "source", "utmSource" NULLS LAST`;
}
