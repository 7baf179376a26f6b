import type { AuditLogPage } from "@/lib/audit/list-audit-events";
import type { AuditFilters } from "@/lib/audit/schema";
import { AuditEventTable } from "./audit-event-table";
import { AuditFiltersForm } from "./audit-filters";
import { AuditPagination } from "./audit-pagination";

export function AuditLogView({ page, filters, basePath }: { page: AuditLogPage; filters: AuditFilters; basePath: string }) {
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-ink text-3xl font-bold">Audit log</h1>
        <p className="text-ink-muted mt-1">
          Who viewed sensitive data, exported or erased it, changed access or moved a candidate, and when. Events are kept as written: no one can edit or delete them.
        </p>
      </div>
      <AuditFiltersForm filters={filters} basePath={basePath} />
      <AuditEventTable entries={page.entries} />
      <AuditPagination page={page} filters={filters} basePath={basePath} />
    </div>
  );
}
