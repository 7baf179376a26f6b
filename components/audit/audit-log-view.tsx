import type { AuditLogPage } from "@/lib/audit/list-audit-events";
import type { AuditFilters } from "@/lib/audit/schema";
import { AuditEventTable } from "./audit-event-table";
import { AuditFiltersForm } from "./audit-filters";
import { AuditPagination } from "./audit-pagination";

export function AuditLogView({
  page,
  filters,
  basePath,
}: {
  page: AuditLogPage;
  filters: AuditFilters;
  basePath: string;
}) {
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-3xl font-bold text-ink">Audit log</h1>
        <p className="mt-1 text-ink-muted">
          Who viewed sensitive data, exported or erased it, changed access or moved a candidate, and when. Events are
          kept as written: no one can edit or delete them.
        </p>
      </div>
      <AuditFiltersForm filters={filters} basePath={basePath} />
      <AuditEventTable entries={page.entries} />
      <AuditPagination page={page} filters={filters} basePath={basePath} />
    </div>
  );
}
