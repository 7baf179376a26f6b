import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { StaffJobList } from "@/components/jobs/staff-job-list";
import { buttonStyles } from "@/components/ui/button";
import { Container } from "@/components/ui/container";
import { MainContent } from "@/components/ui/main-content";
import { can } from "@/lib/auth/permissions";
import { requireActorForPage } from "@/lib/auth/session";
import { listStaffJobs } from "@/lib/jobs/list-staff-jobs";
import { MY_INTERVIEWS_PATH } from "@/lib/paths/interviews";
import { NEW_JOB_PATH } from "@/lib/paths/jobs";

export const metadata: Metadata = { title: "Jobs" };

export default async function JobsPage() {
  const actor = await requireActorForPage();
  // The staff home after sign-in: interviewers have no pipelines, their work is their interviews.
  if (!can(actor, "pipeline.read")) redirect(MY_INTERVIEWS_PATH);
  const jobs = await listStaffJobs({ actor });
  const canManage = can(actor, "job.manage");
  return (
    <MainContent className="py-8">
      <Container width="wide" className="space-y-6">
        <div className="flex flex-wrap items-end justify-between gap-4">
          <div>
            <h1 className="text-3xl font-bold text-ink">Jobs</h1>
            <p className="mt-1 text-ink-muted">
              Drafts first, then published and closed jobs, most recently changed first.
            </p>
          </div>
          {canManage && (
            <Link href={NEW_JOB_PATH} className={buttonStyles()}>
              New job
            </Link>
          )}
        </div>
        <StaffJobList jobs={jobs} canManage={canManage} canPlanInterviews={can(actor, "interviewPlan.manage")} />
      </Container>
    </MainContent>
  );
}
