// The EEO report as CSV: the same suppressed aggregate as the page, never a row per person.
import type { NextRequest } from "next/server";
import { requireActorForAction } from "@/lib/auth/session";
import { contentDisposition } from "@/lib/http/content-disposition";
import { errorResponse } from "@/lib/http/error-response";
import { exportEeoReport } from "@/lib/reports/eeo/export-eeo-report";
import { parseEeoReportFilters } from "@/lib/reports/eeo/schema";

export const dynamic = "force-dynamic";

const PRIVATE_HEADERS = { "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" } as const;

export async function GET(request: NextRequest) {
  try {
    const actor = await requireActorForAction();
    const filters = parseEeoReportFilters(Object.fromEntries(request.nextUrl.searchParams));
    const { fileName, csv } = await exportEeoReport({ actor, filters });
    return new Response(csv, {
      headers: {
        ...PRIVATE_HEADERS,
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": contentDisposition("attachment", fileName),
      },
    });
  } catch (error) {
    const response = errorResponse(error, "eeo-report-export");
    for (const [name, value] of Object.entries(PRIVATE_HEADERS)) response.headers.set(name, value);
    return response;
  }
}
