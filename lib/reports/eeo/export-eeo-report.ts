import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { csvLine } from "@/lib/utils/csv";
import { buildEeoReport, formatSuppressedCount, type EeoReport } from "./build-eeo-report";
import type { EeoReportFilters } from "./schema";

/** The same aggregate as the page, suppression applied, as CSV; each export is audited. */
export async function exportEeoReport({
  actor,
  filters,
}: {
  actor: Actor;
  filters: EeoReportFilters;
}): Promise<{ fileName: string; csv: string }> {
  const report = await buildEeoReport({ actor, filters });
  await db.$transaction((tx) =>
    recordAuditEvent(tx, {
      actor,
      action: "report.exported",
      subjectType: "report",
      subjectId: "eeo",
      metadata: { quarter: report.period.key, format: "csv" },
    }),
  );
  return { fileName: `eeo-report-${report.period.key}.csv`, csv: eeoReportCsv(report) };
}

export function eeoReportCsv(report: EeoReport): string {
  const rows: [table: string, category: string, count: string][] = [["Table", "Category", "Count"]];
  rows.push(["All", "Self-identification forms submitted", formatSuppressedCount(report.responses)]);
  for (const table of report.tables) {
    for (const cell of table.cells) rows.push([table.title, cell.label, formatSuppressedCount(cell.count)]);
    rows.push([table.title, "Total respondents", formatSuppressedCount(table.total)]);
  }
  // CRLF and quoting per RFC 4180; counts are written without thousands separators.
  return rows.map(([table, category, count]) => csvLine([table, category, count.replace(/,/g, "")])).join("");
}
