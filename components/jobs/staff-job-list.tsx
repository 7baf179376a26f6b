import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { JobStatus } from "@/lib/generated/prisma/enums";
import { jobPostingPath } from "@/lib/jobs/job-paths";
import { JOB_STATUS_LABELS, JOB_STATUS_TONES } from "@/lib/jobs/labels";
import type { StaffJobRow } from "@/lib/jobs/list-staff-jobs";
import {
  staffJobApplicationsPath,
  staffJobBoardPath,
  staffJobEditPath,
  staffJobInterviewPlanPath,
} from "@/lib/paths/jobs";

export function JobStatusBadge({ status }: { status: JobStatus }) {
  return <Badge variant={JOB_STATUS_TONES[status]}>{JOB_STATUS_LABELS[status]}</Badge>;
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
    <Table caption="Jobs, with their active applications">
      <TableHeader
        columns={[
          "Job",
          "Department",
          "Status",
          { label: "Active applications", numeric: true },
          { label: "Links", hidden: true },
        ]}
      />
      <TableBody>
        {jobs.map((job) => (
          <TableRow key={job.id}>
            <TableHead scope="row">
              <Link href={staffJobBoardPath(job.id)}>{job.title}</Link>
            </TableHead>
            <TableCell>{job.department}</TableCell>
            <TableCell>
              <JobStatusBadge status={job.status} />
            </TableCell>
            <TableCell numeric>{job.activeApplications}</TableCell>
            <TableCell>
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
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
