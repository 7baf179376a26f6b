// One pipeline report as CSV (?report=funnel|time-in-stage|…, with the page's job and period).
import type { NextRequest } from "next/server";
import { requireActorForAction } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { csvAttachment, privateDownload } from "@/lib/http/private-download";
import { exportPipelineReport } from "@/lib/reports/export-pipeline-report";
import { parseReportFilters, parseReportKey } from "@/lib/reports/schema";

export const dynamic = "force-dynamic";

export function GET(request: NextRequest) {
  return privateDownload("report-export", async () => {
    const actor = await requireActorForAction();
    const params = request.nextUrl.searchParams;
    const report = parseReportKey(params.get("report"));
    if (!report) throw new AppError("VALIDATION", "Choose which report to download.");
    const { fileName, csv } = await exportPipelineReport({
      actor,
      filters: parseReportFilters(Object.fromEntries(params)),
      report,
    });
    return csvAttachment(csv, fileName);
  });
}
