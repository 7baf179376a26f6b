import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PipelineBoard } from "@/components/pipeline/pipeline-board";
import { MainContent } from "@/components/ui/main-content";
import { can } from "@/lib/auth/permissions";
import { requireActorForPage } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { staffJobInterviewPlanPath } from "@/lib/paths/jobs";
import { parseStageLimits } from "@/lib/pipeline/board-limits";
import { getJobBoard } from "@/lib/pipeline/get-job-board";
import { listRejectionOptions } from "@/lib/pipeline/list-rejection-options";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Pipeline board" };

type Props = {
  params: Promise<{ jobId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function JobBoardPage({ params, searchParams }: Props) {
  const actor = await requireActorForPage();
  const jobId = Number((await params).jobId);
  if (!Number.isInteger(jobId) || jobId <= 0) notFound();
  const limits = parseStageLimits(await searchParams);
  const [board, rejectionOptions] = await Promise.all([
    getJobBoard({ actor, jobId, limits }).catch((error: unknown) => {
      if (error instanceof AppError && (error.code === "NOT_FOUND" || error.code === "FORBIDDEN")) notFound();
      throw error;
    }),
    listRejectionOptions({ actor }),
  ]);
  return (
    <MainContent className="px-4 py-6 sm:px-6">
      <PipelineBoard
        board={board}
        rejectionOptions={rejectionOptions}
        interviewPlanHref={can(actor, "interviewPlan.manage") ? staffJobInterviewPlanPath(jobId) : undefined}
      />
    </MainContent>
  );
}
