import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import { staffJobApplicationsPath, STAFF_JOBS_PATH } from "@/lib/paths/jobs";
import type { BoardColumn, JobBoard } from "@/lib/pipeline/board-types";
import { peopleCount } from "@/lib/pipeline/labels";
import type { Notice } from "./use-board-actions";

type BoardHeaderProps = { job: JobBoard["job"]; columns: BoardColumn[]; readOnly: boolean; interviewPlanHref?: string };

export function BoardHeader({ job, columns, readOnly, interviewPlanHref }: BoardHeaderProps) {
  const active = columns.reduce((sum, column) => sum + column.count, 0);
  return (
    <header className="space-y-1">
      <p className="text-sm">
        <Link href={STAFF_JOBS_PATH}>All jobs</Link>
        <span aria-hidden="true" className="px-2 text-ink-muted">
          /
        </span>
        <Link href={staffJobApplicationsPath(job.id)}>Table view</Link>
        {interviewPlanHref && (
          <>
            <span aria-hidden="true" className="px-2 text-ink-muted">
              /
            </span>
            <Link href={interviewPlanHref}>Interview plan</Link>
          </>
        )}
      </p>
      <h1 className="text-2xl font-bold text-ink">{job.title}</h1>
      <p className="text-ink-muted">
        Pipeline board · {peopleCount(active)} in progress
        {readOnly && " · You can look at this board, but moving candidates is up to the hiring team."}
      </p>
    </header>
  );
}

/** Results of moves and bulk actions, read out by screen readers (errors at once, the rest politely). */
export function BoardNotice({ notice }: { notice: Notice | null }) {
  return (
    <>
      <div role="status" aria-atomic="true">
        {notice?.tone === "success" && (
          <Alert variant="success" live="off">
            {notice.text}
          </Alert>
        )}
      </div>
      <div role="alert" aria-atomic="true">
        {notice?.tone === "danger" && (
          <Alert variant="danger" live="off">
            {notice.text}
          </Alert>
        )}
      </div>
    </>
  );
}
