import { formatCell, type ReportTable } from "@/lib/reports/report-tables";
import { cn } from "@/lib/utils/cn";

/** A report's rows as an HTML table: the accessible alternative to its chart, and what the CSV holds. */
export function ReportTableView({ table, caption }: { table: ReportTable; caption: string }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-line bg-surface">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="border-b border-line">
          <tr>
            {table.columns.map((column) => (
              <th
                key={column.label}
                scope="col"
                className={cn("px-3 py-2 font-semibold", column.format !== "text" && "text-right")}
              >
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.length === 0 && (
            <tr>
              <td colSpan={table.columns.length} className="px-3 py-3 text-ink-muted">
                Nothing in this period.
              </td>
            </tr>
          )}
          {table.rows.map((row, rowIndex) => (
            <tr key={rowIndex} className="border-b border-line last:border-b-0">
              {row.map((cell, index) => {
                const column = table.columns[index]!;
                const text = formatCell(cell, column.format);
                return index === 0 ? (
                  <th key={index} scope="row" className="px-3 py-2 font-normal">
                    {text}
                  </th>
                ) : (
                  <td key={index} className={cn("px-3 py-2", column.format !== "text" && "text-right tabular-nums")}>
                    {cell === null ? <NoValue /> : text}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function NoValue() {
  return (
    <>
      <span aria-hidden="true">–</span>
      <span className="sr-only">none</span>
    </>
  );
}
