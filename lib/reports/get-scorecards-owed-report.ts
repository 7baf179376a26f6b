import "server-only";
import { db } from "@/lib/db";
import type { ReportScope } from "./report-scope";
import type { ReportPeriod } from "./schema";

export type ScorecardsOwedRow = {
  userId: string;
  name: string;
  /** Interviews that are over without this interviewer's submitted scorecard. */
  owed: number;
  /** Of those, the ones past the job's scorecardDueHours after the interview's end. */
  overdue: number;
};

/**
 * Scorecards owed per interviewer, as of `now`, for interviews held in the period: a seat on a
 * scheduled interview of an application still in the pipeline, the interview over, no scorecard
 * submitted. "Overdue" is the rule the reminder email uses (lib/scorecards/remind-overdue-scorecards).
 */
export async function getScorecardsOwedReport(
  scope: ReportScope,
  period: ReportPeriod,
  now: Date,
): Promise<ScorecardsOwedRow[]> {
  return db.$queryRaw<ScorecardsOwedRow[]>`
    SELECT panelist."id" AS "userId", COALESCE(panelist."name", panelist."email") AS "name",
           COUNT(*)::int AS "owed",
           COUNT(*) FILTER (
             WHERE interview."startsAt" + make_interval(mins => interview."durationMinutes", hours => job."scorecardDueHours") < ${now}
           )::int AS "overdue"
      FROM "InterviewPanelist" AS seat
      JOIN "Interview" AS interview ON interview."id" = seat."interviewId"
      JOIN "Application" AS application ON application."id" = interview."applicationId"
      JOIN "Job" AS job ON job."id" = application."jobId"
      JOIN "User" AS panelist ON panelist."id" = seat."userId"
     WHERE application."jobId" = ANY(${scope.jobIds}::int[])
       AND application."status" = 'ACTIVE'
       AND interview."status" = 'SCHEDULED'
       AND panelist."active"
       AND interview."startsAt" >= ${period.from} AND interview."startsAt" < ${period.to}
       AND interview."startsAt" + make_interval(mins => interview."durationMinutes") <= ${now}
       AND NOT EXISTS (
             SELECT 1 FROM "Scorecard" AS scorecard
              WHERE scorecard."interviewId" = seat."interviewId" AND scorecard."authorId" = seat."userId" AND scorecard."status" = 'SUBMITTED')
     GROUP BY panelist."id"
     ORDER BY "overdue" DESC, "owed" DESC, 2`;
}
