import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { buildEeoReport, formatSuppressedCount, type EeoReport } from "./build-eeo-report";
import { auditedFilters } from "./get-eeo-report";
import type { EeoReportFilters } from "./schema";

/** The same aggregate as the page, suppression applied, as CSV; each export is audited. */
export async function exportEeoReport({ actor, filters }: { actor: Actor; filters: EeoReportFilters }): Promise<{ fileName: string; csv: string }> {
  const report = await buildEeoReport({ actor, filters });
  await db.$transaction((tx) =>
    recordAuditEvent(tx, { actor, action: "report.exported", subjectType: "report", subjectId: "eeo", metadata: { ...auditedFilters(filters), format: "csv" } }),
  );
  return { fileName: eeoReportFileName(report), csv: eeoReportCsv(report) };
}

export function eeoReportCsv(report: EeoReport): string {
  const rows: string[][] = [["Table", "Category", "Count"]];
  rows.push(["All", "Self-identification forms submitted", formatSuppressedCount(report.responses)]);
  for (const table of report.tables) {
    for (const cell of table.cells) rows.push([table.title, cell.label, formatSuppressedCount(cell.count)]);
    rows.push([table.title, "Total respondents", formatSuppressedCount(table.total)]);
  }
  // CRLF and quoting per RFC 4180; counts are written without thousands separators.
  return rows.map((row) => row.map((value, index) => csvField(index === 2 ? value.replace(/,/g, "") : value)).join(",")).join("\r\n") + "\r\n";
}

function csvField(value: string): string {
  // A label starting with = + - @ would run as a formula in a spreadsheet: make it text.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function eeoReportFileName(report: EeoReport): string {
  const parts = ["eeo-report", report.job ? `job-${report.job.id}` : "all-jobs", report.filters.from ?? "start", "to", report.filters.to ?? "latest"];
  return `${parts.join("-")}.csv`;
}
