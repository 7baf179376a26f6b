import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PipelineReportsView } from "@/components/reports/pipeline-reports-view";
import { Container } from "@/components/ui/container";
import { MainContent } from "@/components/ui/main-content";
import { can } from "@/lib/auth/permissions";
import { requireActorForPage } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { EEO_REPORT_PATH, REPORTS_PATH } from "@/lib/paths/reports";
import { getPipelineReports } from "@/lib/reports/get-pipeline-reports";
import { listReportJobs } from "@/lib/reports/report-scope";
import { parseReportFilters } from "@/lib/reports/schema";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Reports" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Pipeline reports for one job or all the viewer's jobs; job and period in the URL. */
export default async function ReportsPage({ searchParams }: Props) {
  const actor = await requireActorForPage();
  if (!can(actor, "report.read")) notFound();
  const now = new Date();
  const filters = parseReportFilters(await searchParams, now);
  const reports = await getPipelineReports({ actor, filters, now }).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const jobs = await listReportJobs({ actor });
  return (
    <MainContent className="py-8">
      <Container width="wide">
        <PipelineReportsView
          reports={reports}
          jobs={jobs}
          basePath={REPORTS_PATH}
          eeoReportPath={can(actor, "eeoReport.read") ? EEO_REPORT_PATH : undefined}
          now={now}
        />
      </Container>
    </MainContent>
  );
}
