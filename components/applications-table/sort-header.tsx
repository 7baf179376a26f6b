import Link from "next/link";
import { TableHead } from "@/components/ui/table";
import { SORT_LABELS } from "@/lib/applications-table/labels";
import { applicationsViewQuery, type ApplicationsView, type SortField } from "@/lib/applications-table/view-schema";

// Dates read best newest first; names and stages in their natural order.
const FIRST_DIRECTION: Record<SortField, "asc" | "desc"> = {
  appliedAt: "desc",
  lastActivity: "desc",
  name: "asc",
  stage: "asc",
};

/**
 * A column header that sorts the table: a link to the same view sorted by this column (so it
 * works without JavaScript and the sort is in the URL), with aria-sort on the sorted column.
 */
export function SortHeader({
  field,
  view,
  basePath,
  className,
}: {
  field: SortField;
  view: ApplicationsView;
  basePath: string;
  className?: string;
}) {
  const current = view.sort === field;
  const next = current ? (view.dir === "asc" ? "desc" : "asc") : FIRST_DIRECTION[field];
  const href = `${basePath}${applicationsViewQuery(view, { sort: field, dir: next, page: 1 })}`;
  return (
    <TableHead
      aria-sort={current ? (view.dir === "asc" ? "ascending" : "descending") : undefined}
      className={className}
    >
      <Link
        href={href}
        scroll={false}
        className="inline-flex min-h-9 items-center gap-1 text-ink no-underline hover:text-brand"
      >
        {SORT_LABELS[field]}
        <SortIcon direction={current ? view.dir : null} />
        <span className="sr-only">{`, sort ${next === "asc" ? "ascending" : "descending"}`}</span>
      </Link>
    </TableHead>
  );
}

function SortIcon({ direction }: { direction: "asc" | "desc" | null }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 16 16" className={direction ? "size-4" : "size-4 text-ink-muted"}>
      {direction !== "desc" && <path d="M4.5 6.5 8 3l3.5 3.5" fill="none" stroke="currentColor" strokeWidth="1.5" />}
      {direction !== "asc" && <path d="M4.5 9.5 8 13l3.5-3.5" fill="none" stroke="currentColor" strokeWidth="1.5" />}
    </svg>
  );
}
