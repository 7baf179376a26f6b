import Link from "next/link";
import { Badge, type BadgeVariant } from "@/components/ui/badge";
import type { JobStatus } from "@/lib/generated/prisma/enums";
import { JOB_STATUS_LABELS } from "@/lib/jobs/job-editor-labels";
import { jobPostingPath } from "@/lib/jobs/job-paths";
import type { StaffJobRow } from "@/lib/jobs/list-staff-jobs";
import {
  staffJobApplicationsPath,
  staffJobBoardPath,
  staffJobEditPath,
  staffJobInterviewPlanPath,
} from "@/lib/jobs/staff-job-paths";

const STATUS_VARIANTS: Record<JobStatus, BadgeVariant> = { DRAFT: "warning", PUBLISHED: "success", CLOSED: "neutral" };

export function JobStatusBadge({ status }: { status: JobStatus }) {
  return <Badge variant={STATUS_VARIANTS[status]}>{JOB_STATUS_LABELS[status]}</Badge>;
}

/** The jobs a staff member may see, with where to go next for each. */
export function StaffJobList({
  jobs,
  canManage,
  canPlanInterviews = false,
}: {
  jobs: StaffJobRow[];
  canManage: boolean;
  canPlanInterviews?: boolean;
}) {
  if (jobs.length === 0) {
    return (
      <p className="text-ink-muted">
        {canManage ? "No jobs yet. Create the first one." : "No jobs are shared with you yet."}
      </p>
    );
  }
  return (
    <div className="overflow-x-auto rounded-lg border border-line bg-surface">
      <table className="w-full text-left">
        <caption className="sr-only">Jobs, with their active applications</caption>
        <thead className="border-b border-line bg-canvas text-sm">
          <tr>
            <th scope="col" className="px-4 py-3 font-semibold">
              Job
            </th>
            <th scope="col" className="px-4 py-3 font-semibold">
              Department
            </th>
            <th scope="col" className="px-4 py-3 font-semibold">
              Status
            </th>
            <th scope="col" className="px-4 py-3 text-right font-semibold">
              Active applications
            </th>
            <th scope="col" className="px-4 py-3 font-semibold">
              <span className="sr-only">Links</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {jobs.map((job) => (
            <tr key={job.id} className="border-b border-line last:border-b-0">
              <th scope="row" className="px-4 py-3 font-medium">
                <Link href={staffJobBoardPath(job.id)}>{job.title}</Link>
              </th>
              <td className="px-4 py-3">{job.department}</td>
              <td className="px-4 py-3">
                <JobStatusBadge status={job.status} />
              </td>
              <td className="px-4 py-3 text-right tabular-nums">{job.activeApplications}</td>
              <td className="px-4 py-3">
                <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-label={`Links for ${job.title}`}>
                  <li>
                    <Link href={staffJobBoardPath(job.id)}>Board</Link>
                  </li>
                  <li>
                    <Link href={staffJobApplicationsPath(job.id)}>Applications</Link>
                  </li>
                  {canManage && (
                    <li>
                      <Link href={staffJobEditPath(job.id)}>Edit</Link>
                    </li>
                  )}
                  {canPlanInterviews && (
                    <li>
                      <Link href={staffJobInterviewPlanPath(job.id)}>Interview plan</Link>
                    </li>
                  )}
                  {job.status !== "DRAFT" && (
                    <li>
                      <Link href={jobPostingPath(job.slug)}>Posting</Link>
                    </li>
                  )}
                </ul>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
