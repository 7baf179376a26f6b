import "server-only";
import { db } from "@/lib/db";
import { DECLINE_VALUE, HISPANIC_OR_LATINO_YES } from "@/lib/legal-texts/answer-values";
import type { ReportingPeriod } from "@/lib/self-identification/reporting-period";
import { HISPANIC_OR_LATINO, type EeoQuestionKey } from "./questions";

/** Raw counts: for this folder only (get-eeo-report suppresses them before anything is shown). */
export type EeoRawCounts = { responses: number; byQuestion: Record<EeoQuestionKey, Map<string, number>> };

/**
 * Counts answers per category in Postgres (GROUP BY), one round trip. Race and ethnicity follow
 * decision 0012: whoever answered Yes to the Hispanic or Latino question is counted in that
 * category only, whatever race they chose; the race categories count everyone else who chose a
 * race; a respondent who gave neither (declined either question, or left race blank after
 * answering the first) is counted as declined. Someone who skipped both is not a respondent of
 * that table, as with every other question.
 * Answers still in the pending pool count too (one snapshot of both tables), so the numbers do
 * not depend on when the hourly mix last ran.
 */
export async function countResponses(period: ReportingPeriod): Promise<EeoRawCounts> {
  const rows = await db.$queryRaw<{ question: EeoQuestionKey | "responses"; category: string | null; count: number }[]>`
    WITH scope AS (
      SELECT "gender", "hispanicOrLatino", "race", "veteranStatus", "disabilityStatus"
        FROM "SelfIdentificationResponse" WHERE "periodStart" = ${period.start}::date
      UNION ALL
      SELECT "gender", "hispanicOrLatino", "race", "veteranStatus", "disabilityStatus"
        FROM "SelfIdentificationPending" WHERE "periodStart" = ${period.start}::date
    ), race_ethnicity AS (
      SELECT CASE
               WHEN "hispanicOrLatino" = ${HISPANIC_OR_LATINO_YES} THEN ${HISPANIC_OR_LATINO}
               WHEN "race" IS NOT NULL AND "race" <> ${DECLINE_VALUE} THEN "race"
               WHEN "hispanicOrLatino" IS NULL AND "race" IS NULL THEN NULL
               ELSE ${DECLINE_VALUE}
             END AS "category"
        FROM scope
    )
    SELECT 'responses' AS "question", NULL AS "category", COUNT(*)::int AS "count" FROM scope
    UNION ALL
    SELECT 'gender', "gender", COUNT(*)::int FROM scope WHERE "gender" IS NOT NULL GROUP BY "gender"
    UNION ALL
    SELECT 'raceEthnicity', "category", COUNT(*)::int FROM race_ethnicity WHERE "category" IS NOT NULL GROUP BY "category"
    UNION ALL
    SELECT 'veteran', "veteranStatus", COUNT(*)::int FROM scope WHERE "veteranStatus" IS NOT NULL GROUP BY "veteranStatus"
    UNION ALL
    SELECT 'disability', "disabilityStatus", COUNT(*)::int FROM scope WHERE "disabilityStatus" IS NOT NULL GROUP BY "disabilityStatus"`;

  const byQuestion: EeoRawCounts["byQuestion"] = {
    gender: new Map(),
    raceEthnicity: new Map(),
    veteran: new Map(),
    disability: new Map(),
  };
  let responses = 0;
  for (const row of rows) {
    if (row.question === "responses") responses = row.count;
    else if (row.category !== null) byQuestion[row.question].set(row.category, row.count);
  }
  return { responses, byQuestion };
}
