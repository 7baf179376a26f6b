// Each pipeline report as a plain table (columns, rows): the page's accessible table beside each
// chart and the CSV export print the same rows, so the two cannot disagree.
import type { RejectionKind } from "@/lib/generated/prisma/enums";
import { STAGE_KIND_LABELS } from "@/lib/jobs/labels";
import { APPLICATION_SOURCE_LABELS } from "@/lib/pipeline/labels";
import type { FunnelReport } from "./get-funnel-report";
import type { RejectionReasonRow } from "./get-rejection-reasons-report";
import type { ScorecardsOwedRow } from "./get-scorecards-owed-report";
import type { SourceRow } from "./get-source-report";
import type { TimeInStageReport } from "./get-time-in-stage-report";
import type { TimeToHireReport } from "./get-time-to-hire-report";
import type { ReportKey } from "./schema";

export type ColumnFormat = "text" | "count" | "percent" | "days";
export type ReportColumn = { label: string; format: ColumnFormat };
export type ReportCell = string | number | null;
export type ReportTable = { key: ReportKey; title: string; columns: ReportColumn[]; rows: ReportCell[][] };

export const REPORT_TITLES: Record<ReportKey, string> = {
  funnel: "Funnel",
  "time-in-stage": "Time in each stage",
  "time-to-hire": "Time to hire and time to fill",
  sources: "Sources of applications and hires",
  "rejection-reasons": "Rejection and withdrawal reasons",
  "scorecards-owed": "Scorecards owed",
};

export const REJECTION_KIND_LABELS: Record<RejectionKind, string> = {
  WE_REJECTED: "We rejected",
  CANDIDATE_WITHDREW: "Candidate withdrew",
};

const SECONDS_PER_DAY = 24 * 60 * 60;
const toDays = (seconds: number | null): number | null => (seconds === null ? null : seconds / SECONDS_PER_DAY);

const stepLabel = (step: { name: string | null; kind: keyof typeof STAGE_KIND_LABELS }) =>
  step.name ?? `${STAGE_KIND_LABELS[step.kind]} stages`;

export function funnelTable(report: FunnelReport): ReportTable {
  return {
    key: "funnel",
    title: REPORT_TITLES.funnel,
    columns: [
      { label: report.groupedBy === "stage" ? "Stage" : "Stage kind", format: "text" },
      { label: "Applications reaching it", format: "count" },
      { label: "Conversion to the next", format: "percent" },
    ],
    rows: report.steps.map((step) => [stepLabel(step), step.reached, step.conversionToNext]),
  };
}

export function timeInStageTable(report: TimeInStageReport): ReportTable {
  return {
    key: "time-in-stage",
    title: REPORT_TITLES["time-in-stage"],
    columns: [
      { label: report.groupedBy === "stage" ? "Stage" : "Stage kind", format: "text" },
      { label: "Finished stays", format: "count" },
      { label: "Median (days)", format: "days" },
      { label: "90th percentile (days)", format: "days" },
    ],
    rows: report.stages.map((stage) => [
      stepLabel(stage),
      stage.stays,
      toDays(stage.medianSeconds),
      toDays(stage.p90Seconds),
    ]),
  };
}

export function timeToHireTable(report: TimeToHireReport): ReportTable {
  return {
    key: "time-to-hire",
    title: REPORT_TITLES["time-to-hire"],
    columns: [
      { label: "Measure", format: "text" },
      { label: "Hires", format: "count" },
      { label: "Median (days)", format: "days" },
      { label: "90th percentile (days)", format: "days" },
    ],
    rows: [
      [
        "Time to hire (application to accepted offer)",
        report.timeToHire.count,
        toDays(report.timeToHire.medianSeconds),
        toDays(report.timeToHire.p90Seconds),
      ],
      [
        "Time to fill (job opening to accepted offer)",
        report.timeToFill.count,
        toDays(report.timeToFill.medianSeconds),
        toDays(report.timeToFill.p90Seconds),
      ],
    ],
  };
}

export function sourcesTable(rows: SourceRow[]): ReportTable {
  return {
    key: "sources",
    title: REPORT_TITLES.sources,
    columns: [
      { label: "Source", format: "text" },
      { label: "utm_source", format: "text" },
      { label: "Applications", format: "count" },
      { label: "Hires", format: "count" },
    ],
    rows: rows.map((row) => [
      APPLICATION_SOURCE_LABELS[row.source],
      row.utmSource ?? "(none)",
      row.applications,
      row.hires,
    ]),
  };
}

export function rejectionReasonsTable(rows: RejectionReasonRow[]): ReportTable {
  return {
    key: "rejection-reasons",
    title: REPORT_TITLES["rejection-reasons"],
    columns: [
      { label: "Outcome", format: "text" },
      { label: "Reason", format: "text" },
      { label: "Applications", format: "count" },
    ],
    rows: rows.map((row) => [REJECTION_KIND_LABELS[row.kind], row.label ?? "No reason given", row.count]),
  };
}

export function scorecardsOwedTable(rows: ScorecardsOwedRow[]): ReportTable {
  return {
    key: "scorecards-owed",
    title: REPORT_TITLES["scorecards-owed"],
    columns: [
      { label: "Interviewer", format: "text" },
      { label: "Owed", format: "count" },
      { label: "Overdue", format: "count" },
    ],
    rows: rows.map((row) => [row.name, row.owed, row.overdue]),
  };
}

const COUNT = new Intl.NumberFormat("en-US");

/** A cell as the page shows it; the CSV writes numbers plainly (see csv.ts). */
export function formatCell(cell: ReportCell, format: ColumnFormat): string {
  if (cell === null) return "–";
  if (typeof cell === "string") return cell;
  switch (format) {
    case "percent":
      return `${Math.round(cell * 100)}%`;
    case "days":
      return cell.toFixed(1);
    default:
      return COUNT.format(cell);
  }
}
