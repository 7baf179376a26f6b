import Link from "next/link";
import { buttonStyles } from "@/components/ui/button";
import { applicationsViewQuery, MAX_PAGE, type ApplicationsView } from "@/lib/applications-table/view-schema";

type Props = { view: ApplicationsView; basePath: string; pageCount: number; pageCountIsLowerBound: boolean };

/** Previous / next and a few numbered pages around the current one; plain links, in the URL. */
export function ApplicationsPagination({ view, basePath, pageCount, pageCountIsLowerBound }: Props) {
  const last = Math.min(pageCount, MAX_PAGE);
  if (last <= 1 && view.page === 1) return null;
  const href = (page: number) => `${basePath}${applicationsViewQuery(view, { page })}`;
  const numbers = pageNumbers(view.page, last);
  const linkStyle = buttonStyles({ variant: "secondary", size: "sm", className: "min-w-9" });

  return (
    <nav aria-label="Pages of applications" className="flex flex-wrap items-center gap-2">
      {view.page > 1 ? (
        <Link href={href(view.page - 1)} className={linkStyle} rel="prev">
          Previous<span className="sr-only"> page</span>
        </Link>
      ) : null}
      <ul className="flex flex-wrap items-center gap-1">
        {numbers.map((page, index) =>
          page === null ? (
            <li key={`gap-${index}`} aria-hidden="true" className="px-1 text-ink-muted">
              …
            </li>
          ) : (
            <li key={page}>
              {page === view.page ? (
                <span
                  aria-current="page"
                  className={buttonStyles({ variant: "primary", size: "sm", className: "min-w-9" })}
                >
                  <span className="sr-only">Page </span>
                  {page}
                </span>
              ) : (
                <Link href={href(page)} className={linkStyle}>
                  <span className="sr-only">Page </span>
                  {page}
                </Link>
              )}
            </li>
          ),
        )}
      </ul>
      {view.page < last ? (
        <Link href={href(view.page + 1)} className={linkStyle} rel="next">
          Next<span className="sr-only"> page</span>
        </Link>
      ) : null}
      <p className="text-sm text-ink-muted">{`Page ${view.page} of ${last.toLocaleString("en-US")}${pageCountIsLowerBound ? "+" : ""}`}</p>
    </nav>
  );
}

/** 1 … 4 5 [6] 7 8 … 40: the first, the last, and two either side of the current page. */
export function pageNumbers(current: number, last: number): (number | null)[] {
  const pages = new Set([1, last, ...[-2, -1, 0, 1, 2].map((offset) => current + offset)]);
  const sorted = [...pages].filter((page) => page >= 1 && page <= last).sort((a, b) => a - b);
  return sorted.flatMap((page, index) => (index > 0 && page - sorted[index - 1]! > 1 ? [null, page] : [page]));
}
