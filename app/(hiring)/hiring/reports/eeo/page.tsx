import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EeoReportView } from "@/components/reports/eeo-report-view";
import { Container } from "@/components/ui/container";
import { MainContent } from "@/components/ui/main-content";
import { can } from "@/lib/auth/permissions";
import { requireActorForPage } from "@/lib/auth/session";
import { EEO_REPORT_PATH } from "@/lib/paths/reports";
import { getEeoReport } from "@/lib/reports/eeo/get-eeo-report";
import { listEeoReportPeriods } from "@/lib/reports/eeo/list-report-periods";
import { parseEeoReportFilters } from "@/lib/reports/eeo/schema";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "EEO report" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The aggregate self-identification report (admins and recruiters); the quarter in the URL. */
export default async function EeoReportPage({ searchParams }: Props) {
  const actor = await requireActorForPage();
  if (!can(actor, "eeoReport.read")) notFound();
  const filters = parseEeoReportFilters(await searchParams);
  const [report, periods] = await Promise.all([getEeoReport({ actor, filters }), listEeoReportPeriods({ actor })]);
  return (
    <MainContent className="py-8">
      <Container width="wide">
        <EeoReportView report={report} periods={periods} basePath={EEO_REPORT_PATH} />
      </Container>
    </MainContent>
  );
}
