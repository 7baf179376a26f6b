import Link from "next/link";
import { createColumnHelper, rowSelectionFeature, tableFeatures } from "@tanstack/react-table";
import { Badge } from "@/components/ui/badge";
import type { ApplicationRow } from "@/lib/applications-table/query-applications";
import type { SortField } from "@/lib/applications-table/view-schema";
import { formatDate } from "@/lib/format/dates";
import { applicationProfilePath } from "@/lib/paths/applications";
import { APPLICATION_SOURCE_LABELS, APPLICATION_STATUS_LABELS, APPLICATION_STATUS_TONES } from "@/lib/pipeline/labels";

// Sorting, filtering and paging happen on the server (the view is in the URL): the table only
// models the columns and the row selection.
export const tableFeaturesUsed = tableFeatures({ rowSelectionFeature });
const helper = createColumnHelper<typeof tableFeaturesUsed, ApplicationRow>();

/** Columns whose header sorts the table, and the sort each one asks for. */
export const SORTABLE_COLUMNS: Partial<Record<string, SortField>> = {
  candidate: "name",
  stage: "stage",
  appliedAt: "appliedAt",
  lastActivityAt: "lastActivity",
};

export function applicationColumns({ showJob, selectable }: { showJob: boolean; selectable: boolean }) {
  return helper.columns([
    ...(selectable
      ? [
          helper.display({
            id: "select",
            header: ({ table }) => (
              <input
                type="checkbox"
                aria-label="Select every candidate on this page"
                className="size-5 accent-brand"
                checked={table.getIsAllPageRowsSelected()}
                ref={(input) => {
                  if (input)
                    input.indeterminate = table.getIsSomePageRowsSelected() && !table.getIsAllPageRowsSelected();
                }}
                onChange={table.getToggleAllPageRowsSelectedHandler()}
              />
            ),
            cell: ({ row }) => (
              <input
                type="checkbox"
                aria-label={`Select ${row.original.candidate.name}`}
                className="size-5 accent-brand"
                checked={row.getIsSelected()}
                onChange={row.getToggleSelectedHandler()}
              />
            ),
          }),
        ]
      : []),
    helper.accessor((row) => row.candidate.name, {
      id: "candidate",
      header: "Candidate",
      cell: ({ row }) => (
        <>
          {/* Keyboard triage (j/k) moves focus to this link; Enter opens the profile. */}
          <Link href={applicationProfilePath(row.original.id)} className="font-semibold" data-triage-focus="">
            {row.original.candidate.name}
          </Link>
          <span className="block text-sm break-all text-ink-muted">{row.original.candidate.email}</span>
        </>
      ),
    }),
    ...(showJob ? [helper.accessor((row) => row.job.title, { id: "job", header: "Job" })] : []),
    helper.accessor((row) => row.stage.name, { id: "stage", header: "Stage" }),
    helper.accessor("status", {
      header: "Status",
      cell: ({ row }) => (
        <span className="flex flex-wrap gap-1">
          <Badge variant={APPLICATION_STATUS_TONES[row.original.status]}>
            {APPLICATION_STATUS_LABELS[row.original.status]}
          </Badge>
          {row.original.knockedOut && <Badge variant="warning">Knocked out</Badge>}
        </span>
      ),
    }),
    helper.accessor("appliedAt", {
      header: "Applied",
      cell: (info) => <span className="whitespace-nowrap">{formatDate(info.getValue())}</span>,
    }),
    helper.accessor("lastActivityAt", {
      header: "Last activity",
      cell: (info) => <span className="whitespace-nowrap">{formatDate(info.getValue())}</span>,
    }),
    helper.accessor("source", { header: "Source", cell: (info) => APPLICATION_SOURCE_LABELS[info.getValue()] }),
    helper.accessor((row) => row.tags.map((tag) => tag.name).join(", "), {
      id: "tags",
      header: "Tags",
      cell: ({ row }) =>
        row.original.tags.length === 0 ? (
          <span className="sr-only">None</span>
        ) : (
          <ul className="flex flex-wrap gap-1">
            {row.original.tags.map((tag) => (
              <li key={tag.id}>
                <Badge variant="brand">{tag.name}</Badge>
              </li>
            ))}
          </ul>
        ),
    }),
  ]);
}
