import Link from "next/link";
import { buttonStyles } from "@/components/ui/button";
import type { AuditLogPage } from "@/lib/audit/list-audit-events";
import { auditFiltersQuery, type AuditFilters } from "@/lib/audit/schema";

/** Newer / older links (keyset pages have no numbers) and a way back to the newest events. */
export function AuditPagination({
  page,
  filters,
  basePath,
}: {
  page: AuditLogPage;
  filters: AuditFilters;
  basePath: string;
}) {
  if (!page.newer && !page.older) return null;
  const linkStyle = buttonStyles({ variant: "secondary", size: "sm" });
  return (
    <nav aria-label="Pages of the audit log" className="flex flex-wrap items-center gap-2">
      {page.newer && (
        <>
          <Link href={`${basePath}${auditFiltersQuery(filters)}`} className={linkStyle}>
            Newest
          </Link>
          <Link
            href={`${basePath}${auditFiltersQuery(filters, { after: page.newer })}`}
            className={linkStyle}
            rel="prev"
          >
            Newer<span className="sr-only"> events</span>
          </Link>
        </>
      )}
      {page.older && (
        <Link
          href={`${basePath}${auditFiltersQuery(filters, { before: page.older })}`}
          className={linkStyle}
          rel="next"
        >
          Older<span className="sr-only"> events</span>
        </Link>
      )}
    </nav>
  );
}
