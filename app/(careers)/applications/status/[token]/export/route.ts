// The candidate's "download all my data" (a POST from the status page: a download that is audited
// and emailed is a state change, and must not be triggered by a link prefetch or another site).
import { exportCandidateData } from "@/lib/candidate-rights/export-candidate-data";
import { dispatchEmails } from "@/lib/email/dispatch-emails";
import { assertSameOrigin } from "@/lib/http/assert-same-origin";
import { contentDisposition } from "@/lib/http/content-disposition";
import { errorResponse } from "@/lib/http/error-response";
import { PRIVATE_HEADERS } from "@/lib/http/private-headers";
import { runAfterResponse } from "@/lib/job-board/run-after-response";

export const dynamic = "force-dynamic";

export async function POST(request: Request, { params }: { params: Promise<{ token: string }> }) {
  try {
    assertSameOrigin(request);
    const { token } = await params;
    const exported = await exportCandidateData({ statusToken: token });
    runAfterResponse(() => dispatchEmails([exported.emailId]));
    return new Response(new Uint8Array(exported.zip), {
      headers: {
        ...PRIVATE_HEADERS,
        "Content-Type": "application/zip",
        "Content-Length": String(exported.zip.byteLength),
        "Content-Disposition": contentDisposition("attachment", exported.fileName),
      },
    });
  } catch (error) {
    const response = errorResponse(error, "candidate-export");
    for (const [name, value] of Object.entries(PRIVATE_HEADERS)) response.headers.set(name, value);
    return response;
  }
}
