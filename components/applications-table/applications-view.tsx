import Link from "next/link";
import type { ReactNode } from "react";
import { SavedViewsMenu } from "@/components/saved-views/saved-views-menu";
import { buttonStyles } from "@/components/ui/button";
import { applicationCount } from "@/lib/applications-table/labels";
import type { ApplicationsTableData } from "@/lib/applications-table/load-applications-table";
import { applicationsViewQuery, hasActiveFilters } from "@/lib/applications-table/view-schema";
import { APPLICATIONS_EXPORT_PATH } from "@/lib/paths/applications";
import type { SavedViewList } from "@/lib/saved-views/list-saved-views";
import { ApplicationsFilters } from "./applications-filters";
import { ApplicationsPagination } from "./applications-pagination";
import { ApplicationsTable } from "./applications-table";

type Props = {
  heading: ReactNode;
  data: ApplicationsTableData;
  /** The page's own path; the view's query is added to it. */
  basePath: string;
  /** The page across jobs: a job filter and a job column. The per-job page has the job in its path. */
  acrossJobs: boolean;
  /** This table's saved views (a job's table, or the all-jobs table with jobId null). */
  savedViews: { list: SavedViewList; jobId: number | null; canShare: boolean };
};

/** The applications table page: filters, a live summary, the table and its pages. */
export function ApplicationsView({ heading, data, basePath, acrossJobs, savedViews }: Props) {
  const { page, options, bulk } = data;
  // The per-job page keeps the job in its path, not in its links' queries.
  const view = acrossJobs ? data.view : { ...data.view, jobId: undefined };
  const first = (page.page - 1) * page.pageSize + 1;
  const last = first + page.rows.length - 1;
  const total = `${applicationCount(page.total)}${page.totalIsLowerBound ? " (more than that match: narrow the search)" : ""}`;

  return (
    <div className="space-y-4">
      {heading}
      <div className="flex flex-wrap items-center gap-2">
        <SavedViewsMenu
          views={savedViews.list}
          basePath={basePath}
          jobId={savedViews.jobId}
          canShare={savedViews.canShare}
        />
        {page.total > 0 && (
          // A download, not a page: a plain link, never prefetched.
          <a
            href={`${APPLICATIONS_EXPORT_PATH}${applicationsViewQuery(data.view, { page: 1 })}`}
            className={buttonStyles({ variant: "secondary" })}
            download
          >
            Export CSV
          </a>
        )}
      </div>
      <ApplicationsFilters view={view} options={options} basePath={basePath} showJobFilter={acrossJobs} />
      {/* Announced after every change of filters, sort or page. */}
      <p role="status" className="font-medium text-ink">
        {page.rows.length > 0
          ? `Showing ${first.toLocaleString("en-US")}–${last.toLocaleString("en-US")} of ${total}`
          : page.total > 0
            ? `There are no applications on page ${page.page}; this view has ${total}.`
            : hasActiveFilters(view)
              ? "No applications match this view."
              : "No applications yet."}
      </p>
      {page.rows.length === 0 && page.total > 0 && (
        <p>
          <Link href={`${basePath}${applicationsViewQuery(view, { page: 1 })}`}>Go to the first page</Link>
        </p>
      )}
      {page.rows.length > 0 && (
        <ApplicationsTable
          rows={page.rows}
          view={view}
          basePath={basePath}
          showJob={acrossJobs && !view.jobId}
          bulk={bulk}
          tagSuggestions={options.tags.map((tag) => tag.name)}
        />
      )}
      <ApplicationsPagination
        view={view}
        basePath={basePath}
        pageCount={page.pageCount}
        pageCountIsLowerBound={page.totalIsLowerBound}
      />
    </div>
  );
}
