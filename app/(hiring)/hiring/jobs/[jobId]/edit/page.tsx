import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { JobForm } from "@/components/jobs/job-form";
import { JobStatusControls } from "@/components/jobs/job-status-controls";
import { PublishingCheck } from "@/components/jobs/publishing-check";
import { JobStatusBadge } from "@/components/jobs/staff-job-list";
import { Alert } from "@/components/ui/alert";
import { Container } from "@/components/ui/container";
import { MainContent } from "@/components/ui/main-content";
import { can } from "@/lib/auth/permissions";
import { requireActorForPage } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { getJobForEditing } from "@/lib/jobs/get-job-for-editing";
import { listJobFormOptions } from "@/lib/jobs/list-job-form-options";
import { getPublishingStatus } from "@/lib/publishing/read-publishing-check";
import { staffJobBoardPath, staffJobInterviewPlanPath } from "@/lib/paths/jobs";
import { jobOfferSettingsPath } from "@/lib/paths/offers";
import { closeJobAction, publishJobAction, updateJobAction } from "../../actions";
import { publishJobWithOverrideAction } from "../../publishing-actions";

export const metadata: Metadata = { title: "Edit job" };

type Props = { params: Promise<{ jobId: string }>; searchParams: Promise<{ created?: string }> };

export default async function EditJobPage({ params, searchParams }: Props) {
  const actor = await requireActorForPage();
  const jobId = Number((await params).jobId);
  if (!can(actor, "job.manage") || !Number.isInteger(jobId) || jobId <= 0) notFound();
  const [editing, options, publishing] = await Promise.all([
    getJobForEditing({ actor, jobId }).catch((error: unknown) => {
      if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
      throw error;
    }),
    listJobFormOptions({ actor }),
    // A job that does not exist is answered by getJobForEditing's notFound().
    getPublishingStatus({ actor, jobId }).catch((error: unknown) => {
      if (error instanceof AppError && error.code === "NOT_FOUND") return null;
      throw error;
    }),
  ]);
  const { job } = editing;
  return (
    <MainContent className="py-8">
      <Container width="wide" className="space-y-6">
        <div className="space-y-3">
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-label="This job's other pages">
            <li>
              <Link href={staffJobBoardPath(job.id)}>Pipeline board</Link>
            </li>
            {can(actor, "interviewPlan.manage") && (
              <li>
                <Link href={staffJobInterviewPlanPath(job.id)}>Interview plan</Link>
              </li>
            )}
            <li>
              <Link href={jobOfferSettingsPath(job.id)}>Offer settings</Link>
            </li>
          </ul>
          <div className="flex flex-wrap items-center gap-3">
            <h1 className="text-3xl font-bold text-ink">{job.title}</h1>
            <JobStatusBadge status={job.status} />
          </div>
          {(await searchParams).created === "1" && job.status === "DRAFT" && (
            <Alert variant="success">Draft saved. Publish it when it is ready.</Alert>
          )}
          {publishing && (
            <PublishingCheck
              status={job.status}
              check={publishing.check}
              override={publishing.override}
              publishAnyway={
                can(actor, "job.publishOverride") ? publishJobWithOverrideAction.bind(null, job.id) : undefined
              }
            />
          )}
          <JobStatusControls
            status={job.status}
            slug={job.slug}
            publish={publishJobAction.bind(null, job.id)}
            close={closeJobAction.bind(null, job.id)}
          />
        </div>
        <JobForm
          mode="edit"
          initialValues={editing.values}
          options={options}
          locks={editing.locks}
          isLive={job.status === "PUBLISHED"}
          save={updateJobAction.bind(null, job.id)}
        />
      </Container>
    </MainContent>
  );
}
