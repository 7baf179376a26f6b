import Link from "next/link";
import type { PipelineReports } from "@/lib/reports/get-pipeline-reports";
import {
  funnelTable,
  rejectionReasonsTable,
  scorecardsOwedTable,
  sourcesTable,
  timeInStageTable,
  timeToHireTable,
} from "@/lib/reports/report-tables";
import { reportFiltersQuery, type ReportKey } from "@/lib/reports/schema";
import { PipelineReportFiltersForm } from "./pipeline-report-filters";
import { ReportSection } from "./report-section";

type Props = {
  reports: PipelineReports;
  jobs: { id: number; title: string }[];
  basePath: string;
  /** The aggregate EEO report, for those who may read it. */
  eeoReportPath?: string;
  now: Date;
};

const DESCRIPTIONS: Record<ReportKey, (acrossJobs: boolean) => string> = {
  funnel: (acrossJobs) =>
    `Applications submitted in the period and the furthest stage each has reached so far (moving someone back or rejecting them keeps the stages they passed). ${acrossJobs ? "Across jobs, stages are grouped by kind. " : ""}Conversion is the share of those reaching a stage who reached the next.`,
  "time-in-stage": () =>
    "Stays in a stage that ended in the period, by a move, a rejection or a withdrawal; a stay still open is not counted until it ends. Median and 90th percentile, in days.",
  "time-to-hire": () =>
    "Hires made in the period (an accepted offer: the move into the Hired stage). Time to hire runs from that application's own submission; time to fill from the job's latest opening before the hire, so a reopened job counts from its reopening.",
  sources: () =>
    "Applications submitted and hires made in the period, by channel and the utm_source of the link the candidate followed.",
  "rejection-reasons": () => "Applications that ended in the period, split by who ended them, with the reason given.",
  "scorecards-owed": () =>
    "For interviews held in the period that are over: panel members who have not submitted their scorecard (candidates still in the pipeline). Overdue: past the job's scorecard deadline, the same rule as the reminder email.",
};

const periodText = ({ from, to }: PipelineReports["filters"]) => (from === to ? from : `${from} to ${to}`);

export function PipelineReportsView({ reports, jobs, basePath, eeoReportPath, now }: Props) {
  const acrossJobs = reports.job === null;
  const exportHref = (report: ReportKey) => `${basePath}/export${reportFiltersQuery(reports.filters, { report })}`;
  const sections = [
    { table: funnelTable(reports.funnel), chart: [{ column: 1, short: "" }] },
    {
      table: timeInStageTable(reports.timeInStage),
      chart: [
        { column: 2, short: "median" },
        { column: 3, short: "p90" },
      ],
    },
    {
      table: timeToHireTable(reports.timeToHire),
      chart: [
        { column: 2, short: "median" },
        { column: 3, short: "p90" },
      ],
    },
    {
      table: sourcesTable(reports.sources),
      chart: [
        { column: 2, short: "applied" },
        { column: 3, short: "hired" },
      ],
    },
    { table: rejectionReasonsTable(reports.rejectionReasons), chart: [{ column: 2, short: "" }] },
    {
      table: scorecardsOwedTable(reports.scorecardsOwed),
      chart: [
        { column: 1, short: "owed" },
        { column: 2, short: "overdue" },
      ],
    },
  ];
  return (
    <div className="space-y-10">
      <div className="space-y-2">
        <h1 className="text-3xl font-bold text-ink">Reports</h1>
        <p className="max-w-prose text-ink-muted">
          Where candidates leave the pipeline, how long each stage takes and which sources produce hires. Counts and
          durations only: no one’s answers, eligibility, accommodation or self-identification.
          {eeoReportPath && (
            <>
              {" "}
              Self-identification in aggregate is in the <Link href={eeoReportPath}>EEO report</Link>.
            </>
          )}
        </p>
      </div>
      <PipelineReportFiltersForm filters={reports.filters} jobs={jobs} basePath={basePath} now={now} />
      <p>
        <span className="font-semibold">{reports.job ? reports.job.title : "All jobs"}</span>,{" "}
        {periodText(reports.filters)}: <span className="tabular-nums">{reports.funnel.applications}</span> applications
        submitted, <span className="tabular-nums">{reports.timeToHire.timeToHire.count}</span> hires made.
      </p>
      {sections.map(({ table, chart }) => (
        <ReportSection
          key={table.key}
          table={table}
          description={DESCRIPTIONS[table.key](acrossJobs)}
          chart={chart}
          exportHref={exportHref(table.key)}
        />
      ))}
    </div>
  );
}
