import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { reportTableCsv } from "./csv";
import { getPipelineReportTable } from "./get-pipeline-reports";
import type { ReportFilters, ReportKey } from "./schema";

type ExportPipelineReport = { actor: Actor; filters: ReportFilters; report: ReportKey; now?: Date };

/** One pipeline report as CSV: the rows the page shows the same viewer; each export is audited. */
export async function exportPipelineReport({
  actor,
  filters,
  report,
  now,
}: ExportPipelineReport): Promise<{ fileName: string; csv: string }> {
  const table = await getPipelineReportTable({ actor, filters, report, now });
  await db.$transaction((tx) =>
    recordAuditEvent(tx, {
      actor,
      action: "report.exported",
      subjectType: "report",
      subjectId: report,
      metadata: { jobId: filters.jobId ?? null, from: filters.from, to: filters.to, format: "csv" },
    }),
  );
  const parts = ["report", report, filters.jobId ? `job-${filters.jobId}` : "all-jobs", filters.from, "to", filters.to];
  return { fileName: `${parts.join("-")}.csv`, csv: reportTableCsv(table) };
}
