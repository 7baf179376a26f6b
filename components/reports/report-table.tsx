import { formatCell, type ReportTable } from "@/lib/reports/report-tables";
import { Table, TableBody, TableCell, TableEmpty, TableHead, TableHeader, TableRow } from "@/components/ui/table";

/** A report's rows as an HTML table: the accessible alternative to its chart, and what the CSV holds. */
export function ReportTableView({ table, caption }: { table: ReportTable; caption: string }) {
  return (
    <Table caption={caption} density="compact" className="text-sm">
      <TableHeader
        columns={table.columns.map((column) => ({ label: column.label, numeric: column.format !== "text" }))}
      />
      <TableBody>
        {table.rows.length === 0 && <TableEmpty colSpan={table.columns.length}>Nothing in this period.</TableEmpty>}
        {table.rows.map((row, rowIndex) => (
          <TableRow key={rowIndex}>
            {row.map((cell, index) => {
              const column = table.columns[index]!;
              const text = formatCell(cell, column.format);
              return index === 0 ? (
                <TableHead key={index} scope="row" weight="normal">
                  {text}
                </TableHead>
              ) : (
                <TableCell key={index} numeric={column.format !== "text"}>
                  {cell === null ? <NoValue /> : text}
                </TableCell>
              );
            })}
          </TableRow>
        ))}
      </TableBody>
    </Table>
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
