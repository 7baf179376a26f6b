import { csvField } from "@/lib/utils/csv";
import type { ColumnFormat, ReportCell, ReportTable } from "./report-tables";

/**
 * A report table as CSV (RFC 4180, CRLF). Text goes through csvField (quoted where needed,
 * formula-like text kept as text); numbers are written plainly, so a spreadsheet reads them as
 * numbers: percentages as 0 to 100 with one decimal, days with two.
 */
export function reportTableCsv(table: ReportTable): string {
  const header = table.columns.map((column) => csvField(column.label));
  const rows = table.rows.map((row) => row.map((cell, index) => csvCell(cell, table.columns[index]?.format ?? "text")));
  return [header, ...rows].map((row) => `${row.join(",")}\r\n`).join("");
}

function csvCell(cell: ReportCell, format: ColumnFormat): string {
  if (cell === null) return "";
  if (typeof cell === "string") return csvField(cell);
  if (format === "percent") return (cell * 100).toFixed(1);
  if (format === "days") return cell.toFixed(2);
  return String(cell);
}
