// The applications table's view as CSV: the same filters and sort (?jobId= for a job's table),
// only the rows and columns the viewer may see, streamed as it is read.
import type { NextRequest } from "next/server";
import { exportApplications } from "@/lib/applications-table/export-applications";
import { parseApplicationsView } from "@/lib/applications-table/view-schema";
import { requireActorForAction } from "@/lib/auth/session";
import { csvAttachment, privateDownload } from "@/lib/http/private-download";

export const dynamic = "force-dynamic";

// Spreadsheets read a UTF-8 file as UTF-8 (names with accents intact) only with this mark.
const BYTE_ORDER_MARK = "\uFEFF";

export function GET(request: NextRequest) {
  return privateDownload("applications-export", async () => {
    const actor = await requireActorForAction();
    const view = parseApplicationsView(request.nextUrl.searchParams);
    const { fileName, lines } = await exportApplications({ actor, view });
    return csvAttachment(byteStream(BYTE_ORDER_MARK, lines), fileName);
  });
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
