// An application's resume or cover letter, for staff who may read the application (the resume
// also for its interview panel: lib/candidates/get-application-document.ts). Inline only for
// PDFs the profile's or the interview packet's viewer asks for (?inline=1); the rest downloads.
import type { NextRequest } from "next/server";
import { requireActorForAction } from "@/lib/auth/session";
import { getApplicationDocument } from "@/lib/candidates/get-application-document";
import { contentDisposition } from "@/lib/http/content-disposition";
import { errorResponse } from "@/lib/http/error-response";

export const dynamic = "force-dynamic";

const PRIVATE_HEADERS = {
  "Cache-Control": "private, no-store",
  "X-Content-Type-Options": "nosniff",
  // The profile page may frame it; no other site may.
  "X-Frame-Options": "SAMEORIGIN",
  "Content-Security-Policy": "frame-ancestors 'self'",
} as const;

export async function GET(
  request: NextRequest,
  { params }: { params: Promise<{ applicationId: string; fileId: string }> },
) {
  try {
    const actor = await requireActorForAction();
    const { applicationId, fileId } = await params;
    const document = await getApplicationDocument({ actor, applicationId, fileId });
    const inline = request.nextUrl.searchParams.get("inline") === "1" && document.contentType === "application/pdf";
    return new Response(document.body, {
      headers: {
        ...PRIVATE_HEADERS,
        "Content-Type": document.contentType,
        "Content-Length": String(document.byteSize),
        "Content-Disposition": contentDisposition(inline ? "inline" : "attachment", document.fileName),
      },
    });
  } catch (error) {
    const response = errorResponse(error, "application-document");
    for (const [name, value] of Object.entries(PRIVATE_HEADERS)) response.headers.set(name, value);
    return response;
  }
}
