import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ApplicationsView } from "@/components/applications-table/applications-view";
import { Container } from "@/components/ui/container";
import { MainContent } from "@/components/ui/main-content";
import { loadApplicationsTable } from "@/lib/applications-table/load-applications-table";
import { parseApplicationsView } from "@/lib/applications-table/view-schema";
import { requireActorForPage } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { APPLICATIONS_PATH } from "@/lib/paths/applications";
import { staffJobApplicationsPath, staffJobBoardPath } from "@/lib/paths/jobs";
import { listSavedViews } from "@/lib/saved-views/list-saved-views";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Job applications" };

type Props = {
  params: Promise<{ jobId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** One job's applications as a table; the view (filters, sort, page) is in the URL. */
export default async function JobApplicationsPage({ params, searchParams }: Props) {
  const actor = await requireActorForPage();
  const jobId = Number((await params).jobId);
  if (!Number.isInteger(jobId) || jobId <= 0) notFound();
  const view = { ...parseApplicationsView(await searchParams), jobId };
  const [data, savedViews] = await Promise.all([
    loadApplicationsTable({ actor, view, listJobs: false }).catch((error: unknown) => {
      if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
      throw error;
    }),
    listSavedViews({ actor, jobId }),
  ]);
  const job = data.options.job!;
  return (
    <MainContent className="py-8">
      <Container width="wide">
        <ApplicationsView
          heading={
            <div className="flex flex-wrap items-end justify-between gap-4">
              <div>
                <p className="text-sm text-ink-muted">Applications</p>
                <h1 className="text-3xl font-bold text-ink">{job.title}</h1>
              </div>
              <ul className="flex gap-4" aria-label="Other views">
                <li>
                  <Link href={staffJobBoardPath(job.id)}>Pipeline board</Link>
                </li>
                <li>
                  <Link href={APPLICATIONS_PATH}>All jobs</Link>
                </li>
              </ul>
            </div>
          }
          data={data}
          basePath={staffJobApplicationsPath(job.id)}
          acrossJobs={false}
          savedViews={{ list: savedViews, jobId: job.id, canShare: true }}
        />
      </Container>
    </MainContent>
  );
}
