import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { reportablePeriods, type ReportingPeriod } from "@/lib/self-identification/reporting-period";

/** The quarters the report can show, newest first: each that has ended, back to the first answer's. */
export async function listEeoReportPeriods({
  actor,
  now = new Date(),
}: {
  actor: Actor;
  now?: Date;
}): Promise<ReportingPeriod[]> {
  assertCan(actor, "eeoReport.read");
  const [earliest] = await db.$queryRaw<{ start: Date | null }[]>`
    SELECT LEAST((SELECT MIN("periodStart") FROM "SelfIdentificationResponse"), (SELECT MIN("periodStart") FROM "SelfIdentificationPending")) AS "start"`;
  return reportablePeriods(earliest?.start ?? null, now);
}
