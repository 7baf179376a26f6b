import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { getFunnelReport, type FunnelReport } from "./get-funnel-report";
import { getRejectionReasonsReport, type RejectionReasonRow } from "./get-rejection-reasons-report";
import { getScorecardsOwedReport, type ScorecardsOwedRow } from "./get-scorecards-owed-report";
import { getSourceReport, type SourceRow } from "./get-source-report";
import { getTimeInStageReport, type TimeInStageReport } from "./get-time-in-stage-report";
import { getTimeToHireReport, type TimeToHireReport } from "./get-time-to-hire-report";
import { resolveReportScope } from "./report-scope";
import {
  funnelTable,
  rejectionReasonsTable,
  type ReportTable,
  scorecardsOwedTable,
  sourcesTable,
  timeInStageTable,
  timeToHireTable,
} from "./report-tables";
import { reportPeriod, type ReportFilters, type ReportKey } from "./schema";

export type PipelineReports = {
  filters: ReportFilters;
  job: { id: number; title: string } | null;
  funnel: FunnelReport;
  timeInStage: TimeInStageReport;
  timeToHire: TimeToHireReport;
  sources: SourceRow[];
  rejectionReasons: RejectionReasonRow[];
  scorecardsOwed: ScorecardsOwedRow[];
};

type GetReports = { actor: Actor; filters: ReportFilters; now?: Date };

/** Every pipeline report for one job (or every job the actor sees) and period. */
export async function getPipelineReports({ actor, filters, now = new Date() }: GetReports): Promise<PipelineReports> {
  const scope = await resolveReportScope({ actor, jobId: filters.jobId });
  const period = reportPeriod(filters);
  // One after the other: each is one statement, and a report page must not take the whole pool.
  const funnel = await getFunnelReport(scope, period);
  const timeInStage = await getTimeInStageReport(scope, period);
  const timeToHire = await getTimeToHireReport(scope, period);
  const sources = await getSourceReport(scope, period);
  const rejectionReasons = await getRejectionReasonsReport(scope, period);
  const scorecardsOwed = await getScorecardsOwedReport(scope, period, now);
  return { filters, job: scope.job, funnel, timeInStage, timeToHire, sources, rejectionReasons, scorecardsOwed };
}

/** One report as its table (the CSV export). */
export async function getPipelineReportTable({
  actor,
  filters,
  now = new Date(),
  report,
}: GetReports & { report: ReportKey }): Promise<ReportTable> {
  const scope = await resolveReportScope({ actor, jobId: filters.jobId });
  const period = reportPeriod(filters);
  switch (report) {
    case "funnel":
      return funnelTable(await getFunnelReport(scope, period));
    case "time-in-stage":
      return timeInStageTable(await getTimeInStageReport(scope, period));
    case "time-to-hire":
      return timeToHireTable(await getTimeToHireReport(scope, period));
    case "sources":
      return sourcesTable(await getSourceReport(scope, period));
    case "rejection-reasons":
      return rejectionReasonsTable(await getRejectionReasonsReport(scope, period));
    case "scorecards-owed":
      return scorecardsOwedTable(await getScorecardsOwedReport(scope, period, now));
  }
}
