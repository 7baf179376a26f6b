// The EEO report as CSV: the same suppressed aggregate as the page, never a row per person.
import type { NextRequest } from "next/server";
import { requireActorForAction } from "@/lib/auth/session";
import { csvAttachment, privateDownload } from "@/lib/http/private-download";
import { exportEeoReport } from "@/lib/reports/eeo/export-eeo-report";
import { parseEeoReportFilters } from "@/lib/reports/eeo/schema";

export const dynamic = "force-dynamic";

export function GET(request: NextRequest) {
  return privateDownload("eeo-report-export", async () => {
    const actor = await requireActorForAction();
    const filters = parseEeoReportFilters(Object.fromEntries(request.nextUrl.searchParams));
    const { fileName, csv } = await exportEeoReport({ actor, filters });
    return csvAttachment(csv, fileName);
  });
}
