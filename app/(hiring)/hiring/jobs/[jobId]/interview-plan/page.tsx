import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { InterviewPlanEditor } from "@/components/interview-plan/interview-plan-editor";
import { SelfScheduleCutoffForm } from "@/components/self-scheduling/self-schedule-cutoff-form";
import { Container } from "@/components/ui/container";
import { MainContent } from "@/components/ui/main-content";
import { can } from "@/lib/auth/permissions";
import { requireActorForPage } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { getInterviewPlan } from "@/lib/interview-plan/get-interview-plan";
import { readSelfScheduleCutoff } from "@/lib/self-scheduling/set-self-schedule-cutoff";
import { saveInterviewPlanAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Interview plan" };

type Props = { params: Promise<{ jobId: string }> };

export default async function InterviewPlanPage({ params }: Props) {
  const actor = await requireActorForPage();
  const jobId = Number((await params).jobId);
  if (!can(actor, "interviewPlan.manage") || !Number.isInteger(jobId) || jobId <= 0) notFound();
  const plan = await getInterviewPlan({ actor, jobId }).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const cutoffHours = await readSelfScheduleCutoff({ actor, jobId });
  return (
    <MainContent className="py-8">
      <Container width="wide">
        <InterviewPlanEditor
          plan={plan}
          canEditJob={can(actor, "job.manage")}
          save={saveInterviewPlanAction.bind(null, jobId)}
        />
        {cutoffHours !== null && (
          <div className="mt-8">
            <SelfScheduleCutoffForm jobId={jobId} cutoffHours={cutoffHours} />
          </div>
        )}
      </Container>
    </MainContent>
  );
}
