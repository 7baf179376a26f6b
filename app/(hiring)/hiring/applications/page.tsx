import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { ApplicationsView } from "@/components/applications-table/applications-view";
import { Container } from "@/components/ui/container";
import { MainContent } from "@/components/ui/main-content";
import { loadApplicationsTable } from "@/lib/applications-table/load-applications-table";
import { parseApplicationsView } from "@/lib/applications-table/view-schema";
import { can } from "@/lib/auth/permissions";
import { requireActorForPage } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { APPLICATIONS_PATH } from "@/lib/paths/applications";
import { MY_INTERVIEWS_PATH } from "@/lib/paths/interviews";
import { listSavedViews } from "@/lib/saved-views/list-saved-views";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Applications" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Every application the viewer may see, across jobs; the view (filters, sort, page) is in the URL. */
export default async function ApplicationsPage({ searchParams }: Props) {
  const actor = await requireActorForPage();
  if (!can(actor, "pipeline.read")) redirect(MY_INTERVIEWS_PATH);
  const view = parseApplicationsView(await searchParams);
  const [data, savedViews] = await Promise.all([
    loadApplicationsTable({ actor, view, listJobs: true }).catch((error: unknown) => {
      if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
      throw error;
    }),
    listSavedViews({ actor, jobId: null }),
  ]);
  return (
    <MainContent className="py-8">
      <Container width="wide">
        <ApplicationsView
          heading={<h1 className="text-3xl font-bold text-ink">Applications</h1>}
          data={data}
          basePath={APPLICATIONS_PATH}
          acrossJobs
          savedViews={{ list: savedViews, jobId: null, canShare: can(actor, "savedView.shareAcrossJobs") }}
        />
      </Container>
    </MainContent>
  );
}
