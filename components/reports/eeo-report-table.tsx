import { formatSuppressedCount, type EeoReportTable } from "@/lib/reports/eeo/build-eeo-report";
import type { SuppressedCount } from "@/lib/reports/eeo/suppress";

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
      <div className="overflow-x-auto rounded-lg border border-line bg-surface">
        <table className="w-full text-left">
          <caption className="sr-only">{`${table.title}: respondents per answer`}</caption>
          <thead className="border-b border-line text-sm">
            <tr>
              <th scope="col" className="px-4 py-3 font-semibold">
                Answer
              </th>
              <th scope="col" className="px-4 py-3 text-right font-semibold">
                Respondents
              </th>
            </tr>
          </thead>
          <tbody>
            {table.cells.map((cell) => (
              <tr key={cell.value} className="border-b border-line">
                <th scope="row" className="px-4 py-2 font-normal">
                  {cell.label}
                </th>
                <td className="px-4 py-2 text-right tabular-nums">
                  <Count count={cell.count} />
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" className="px-4 py-2 font-semibold">
                Total respondents
              </th>
              <td className="px-4 py-2 text-right font-semibold tabular-nums">
                <Count count={table.total} />
              </td>
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}
