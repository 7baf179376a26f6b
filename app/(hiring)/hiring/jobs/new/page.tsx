import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { JobForm } from "@/components/jobs/job-form";
import { Container } from "@/components/ui/container";
import { MainContent } from "@/components/ui/main-content";
import { can } from "@/lib/auth/permissions";
import { requireActorForPage } from "@/lib/auth/session";
import { listJobFormOptions } from "@/lib/jobs/list-job-form-options";
import { newJobFormValues } from "@/lib/jobs/new-job-form-values";
import { createJobAction } from "../actions";

export const metadata: Metadata = { title: "New job" };

export default async function NewJobPage() {
  const actor = await requireActorForPage();
  if (!can(actor, "job.manage")) notFound();
  const options = await listJobFormOptions({ actor });
  return (
    <MainContent className="py-8">
      <Container width="wide" className="space-y-6">
        <div>
          <h1 className="text-3xl font-bold text-ink">New job</h1>
          <p className="mt-1 text-ink-muted">
            It is saved as a draft: nobody outside the team sees it until you publish it.
          </p>
        </div>
        <JobForm
          mode="create"
          initialValues={newJobFormValues()}
          options={options}
          locks={{
            answersByQuestionId: {},
            chosenOptionIds: [],
            applicationsByStageId: {},
            planItemsByStageId: {},
            ratingsByAttributeId: {},
          }}
          isLive={false}
          save={createJobAction}
        />
      </Container>
    </MainContent>
  );
}
