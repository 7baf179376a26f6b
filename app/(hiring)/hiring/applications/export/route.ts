// The applications table's view as CSV: the same filters and sort (?jobId= for a job's table),
// only the rows and columns the viewer may see, streamed as it is read.
import type { NextRequest } from "next/server";
import { exportApplications } from "@/lib/applications-table/export-applications";
import { parseApplicationsView } from "@/lib/applications-table/view-schema";
import { requireActorForAction } from "@/lib/auth/session";
import { contentDisposition } from "@/lib/http/content-disposition";
import { errorResponse } from "@/lib/http/error-response";

export const dynamic = "force-dynamic";

const PRIVATE_HEADERS = { "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" } as const;
// Spreadsheets read a UTF-8 file as UTF-8 (names with accents intact) only with this mark.
const BYTE_ORDER_MARK = "\uFEFF";

export async function GET(request: NextRequest) {
  try {
    const actor = await requireActorForAction();
    const view = parseApplicationsView(request.nextUrl.searchParams);
    const { fileName, lines } = await exportApplications({ actor, view });
    return new Response(byteStream(BYTE_ORDER_MARK, lines), {
      headers: {
        ...PRIVATE_HEADERS,
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": contentDisposition("attachment", fileName),
      },
    });
  } catch (error) {
    const response = errorResponse(error, "applications-export");
    for (const [name, value] of Object.entries(PRIVATE_HEADERS)) response.headers.set(name, value);
    return response;
  }
}

function byteStream(first: string, lines: AsyncGenerator<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream({
    start: (controller) => controller.enqueue(encoder.encode(first)),
    async pull(controller) {
      const next = await lines.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await lines.return(undefined);
    },
  });
}
