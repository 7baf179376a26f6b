// One pipeline report as CSV (?report=funnel|time-in-stage|…, with the page's job and period).
import type { NextRequest } from "next/server";
import { requireActorForAction } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { contentDisposition } from "@/lib/http/content-disposition";
import { errorResponse } from "@/lib/http/error-response";
import { exportPipelineReport } from "@/lib/reports/export-pipeline-report";
import { parseReportFilters, parseReportKey } from "@/lib/reports/schema";

export const dynamic = "force-dynamic";

const PRIVATE_HEADERS = { "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" } as const;

export async function GET(request: NextRequest) {
  try {
    const actor = await requireActorForAction();
    const params = request.nextUrl.searchParams;
    const report = parseReportKey(params.get("report"));
    if (!report) throw new AppError("VALIDATION", "Choose which report to download.");
    const { fileName, csv } = await exportPipelineReport({
      actor,
      filters: parseReportFilters(Object.fromEntries(params)),
      report,
    });
    return new Response(csv, {
      headers: {
        ...PRIVATE_HEADERS,
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": contentDisposition("attachment", fileName),
      },
    });
  } catch (error) {
    const response = errorResponse(error, "report-export");
    for (const [name, value] of Object.entries(PRIVATE_HEADERS)) response.headers.set(name, value);
    return response;
  }
}
