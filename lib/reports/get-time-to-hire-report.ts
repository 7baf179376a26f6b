import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { hiresInPeriodSql, secondsBetween } from "./hires-in-period";
import type { ReportScope } from "./report-scope";
import type { ReportPeriod } from "./schema";

export type DurationSummary = { count: number; medianSeconds: number | null; p90Seconds: number | null };

export type TimeToHireReport = {
  /** From the application's own submission (a re-application counts from its new date) to the hire. */
  timeToHire: DurationSummary;
  /** From the job's opening (its latest publication before the hire, so a reopening restarts it) to the hire. */
  timeToFill: DurationSummary;
};

/** Hires made in the period (see hiresInPeriodSql): time to hire and time to fill. */
export async function getTimeToHireReport(scope: ReportScope, period: ReportPeriod): Promise<TimeToHireReport> {
  const toHire = secondsBetween(Prisma.sql`hires."hiredAt"`, Prisma.sql`hires."submittedAt"`);
  const toFill = secondsBetween(Prisma.sql`hires."hiredAt"`, Prisma.sql`opening."openedAt"`);
  const [row] = await db.$queryRaw<
    [Record<"hires" | "filled", number> & Record<"hireMedian" | "hireP90" | "fillMedian" | "fillP90", number | null>]
  >`
    WITH hires AS (${hiresInPeriodSql(scope, period)})
    SELECT COUNT(*)::int AS "hires",
           percentile_cont(0.5) WITHIN GROUP (ORDER BY ${toHire}) AS "hireMedian",
           percentile_cont(0.9) WITHIN GROUP (ORDER BY ${toHire}) AS "hireP90",
           COUNT(opening."openedAt")::int AS "filled",
           percentile_cont(0.5) WITHIN GROUP (ORDER BY ${toFill}) AS "fillMedian",
           percentile_cont(0.9) WITHIN GROUP (ORDER BY ${toFill}) AS "fillP90"
      FROM hires
      LEFT JOIN LATERAL (
             SELECT MAX(change."createdAt") AS "openedAt"
               FROM "JobStatusChange" AS change
              WHERE change."jobId" = hires."jobId" AND change."toStatus" = 'PUBLISHED' AND change."createdAt" <= hires."hiredAt"
           ) AS opening ON true`;
  return {
    timeToHire: { count: row.hires, medianSeconds: row.hireMedian, p90Seconds: row.hireP90 },
    timeToFill: { count: row.filled, medianSeconds: row.fillMedian, p90Seconds: row.fillP90 },
  };
}
