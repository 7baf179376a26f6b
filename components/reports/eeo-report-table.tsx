import { formatSuppressedCount, type EeoReportTable } from "@/lib/reports/eeo/build-eeo-report";
import type { SuppressedCount } from "@/lib/reports/eeo/suppress";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow, TableTotalRow } from "@/components/ui/table";

function Count({ count }: { count: SuppressedCount }) {
  if (count.kind === "count") return <>{formatSuppressedCount(count)}</>;
  // Said in words for screen readers; the sign alone is ambiguous when read aloud.
  const spoken =
    count.kind === "small" ? "fewer than 5, suppressed" : "hidden so that a suppressed count cannot be worked out";
  return (
    <>
      <span aria-hidden="true">{formatSuppressedCount(count)}</span>
      <span className="sr-only">{spoken}</span>
    </>
  );
}

/** One question's categories and respondents; counts only, small cells suppressed. */
export function EeoReportTableView({ table }: { table: EeoReportTable }) {
  const id = `eeo-${table.key}`;
  return (
    <section aria-labelledby={`${id}-title`} className="space-y-2">
      <h2 id={`${id}-title`} className="text-xl font-semibold text-ink">
        {table.title}
      </h2>
      {table.note && <p className="max-w-prose text-sm text-ink-muted">{table.note}</p>}
      <Table caption={`${table.title}: respondents per answer`}>
        <TableHeader columns={["Answer", { label: "Respondents", numeric: true }]} />
        <TableBody>
          {table.cells.map((cell) => (
            <TableRow key={cell.value}>
              <TableHead scope="row" weight="normal">
                {cell.label}
              </TableHead>
              <TableCell numeric>
                <Count count={cell.count} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
        <TableTotalRow label="Total respondents">
          <TableCell numeric>
            <Count count={table.total} />
          </TableCell>
        </TableTotalRow>
      </Table>
    </section>
  );
}
