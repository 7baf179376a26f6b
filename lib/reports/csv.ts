import type { ColumnFormat, ReportCell, ReportTable } from "./report-tables";

/**
 * A report table as CSV (RFC 4180: quoted where needed, CRLF). Text that a spreadsheet would run
 * as a formula (starting with = + - @, tab or CR) is prefixed with ' so it stays text; numbers
 * are written plainly, percentages as 0 to 100 with one decimal, days with two.
 */
export function reportTableCsv(table: ReportTable): string {
  const header = table.columns.map((column) => csvField(column.label));
  const rows = table.rows.map((row) => row.map((cell, index) => csvField(csvValue(cell, table.columns[index]?.format ?? "text"))));
  return [header, ...rows].map((row) => row.join(",")).join("\r\n") + "\r\n";
}

function csvValue(cell: ReportCell, format: ColumnFormat): string {
  if (cell === null) return "";
  if (typeof cell === "string") return neutralizeFormula(cell);
  if (format === "percent") return (cell * 100).toFixed(1);
  if (format === "days") return cell.toFixed(2);
  return String(cell);
}

function neutralizeFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
