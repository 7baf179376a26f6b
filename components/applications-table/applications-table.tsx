"use client";
import { useTable, type RowSelectionState } from "@tanstack/react-table";
import { useMemo, useRef, useState } from "react";
import { TableTriage } from "@/components/keyboard-triage/table-triage";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { SORT_LABELS } from "@/lib/applications-table/labels";
import type { ApplicationRow } from "@/lib/applications-table/query-applications";
import type { ApplicationsView } from "@/lib/applications-table/view-schema";
import { cn } from "@/lib/utils/cn";
import { ApplicationsBulkActions, type BulkContext } from "./applications-bulk-actions";
import { applicationColumns, SORTABLE_COLUMNS, tableFeaturesUsed } from "./applications-columns";
import { SortHeader } from "./sort-header";

type Props = {
  rows: ApplicationRow[];
  view: ApplicationsView;
  basePath: string;
  showJob: boolean;
  /** One job in view and the viewer may act on it: row selection and bulk actions. */
  bulk: BulkContext | null;
  /** Existing tag names, offered by the keyboard's tag input. */
  tagSuggestions: string[];
};

/** The applications of the current page, as an accessible <table> rendered from TanStack Table. */
export function ApplicationsTable({ rows, view, basePath, showJob, bulk, tagSuggestions }: Props) {
  const [rowSelection, setRowSelection] = useState<RowSelectionState>({});
  const tableRef = useRef<HTMLTableElement>(null);
  const columns = useMemo(() => applicationColumns({ showJob, selectable: bulk !== null }), [showJob, bulk]);
  const table = useTable({
    features: tableFeaturesUsed,
    columns,
    data: rows,
    getRowId: (row) => row.id,
    state: { rowSelection },
    onRowSelectionChange: setRowSelection,
    enableRowSelection: bulk !== null,
  });
  // Ids still on this page: a selection does not follow the reader to another page.
  const selected = rows.filter((row) => rowSelection[row.id]);
  const direction = view.dir === "asc" ? "ascending" : "descending";

  return (
    <div className="space-y-3">
      {bulk && <ApplicationsBulkActions context={bulk} selected={selected} onDone={() => setRowSelection({})} />}
      <TableTriage
        containerRef={tableRef}
        rows={rows}
        bulk={bulk}
        tagSuggestions={tagSuggestions}
        onToggleSelected={(id) => table.getRow(id).toggleSelected()}
      />
      <Table
        ref={tableRef}
        density="compact"
        caption={`Applications, sorted by ${SORT_LABELS[view.sort].toLowerCase()}, ${direction}`}
      >
        <TableHeader>
          {table.getHeaderGroups().map((group) => (
            <TableRow key={group.id}>
              {group.headers.map((header) => {
                const sortField = SORTABLE_COLUMNS[header.column.id];
                const className = cn("align-middle", header.column.id === "select" && "w-10");
                if (sortField)
                  return (
                    <SortHeader
                      key={header.id}
                      field={sortField}
                      view={view}
                      basePath={basePath}
                      className={className}
                    />
                  );
                return (
                  <TableHead key={header.id} className={className}>
                    <table.FlexRender header={header} />
                  </TableHead>
                );
              })}
            </TableRow>
          ))}
        </TableHeader>
        <TableBody>
          {table.getRowModel().rows.map((row) => (
            <TableRow
              key={row.id}
              data-triage-item={row.id}
              // The row of the focused candidate stands out, not only its link's focus ring.
              className={cn(
                "-outline-offset-2 focus-within:outline-2 focus-within:outline-brand",
                row.getIsSelected() && "bg-brand-soft",
              )}
            >
              {row.getAllCells().map((cell) =>
                // The candidate names the row for screen readers moving across a row.
                cell.column.id === "candidate" ? (
                  <TableHead key={cell.id} scope="row" weight="normal" className="align-top">
                    <table.FlexRender cell={cell} />
                  </TableHead>
                ) : (
                  <TableCell key={cell.id} className="align-top">
                    <table.FlexRender cell={cell} />
                  </TableCell>
                ),
              )}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
