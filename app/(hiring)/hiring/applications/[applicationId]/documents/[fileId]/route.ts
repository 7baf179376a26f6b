// An application's resume or cover letter, for staff who may read the application (the resume
// also for its interview panel: lib/candidates/get-application-document.ts). Inline only for
// PDFs the profile's or the interview packet's viewer asks for (?inline=1); the rest downloads.
import type { NextRequest } from "next/server";
import { requireActorForAction } from "@/lib/auth/session";
import { getApplicationDocument } from "@/lib/candidates/get-application-document";
import { contentDisposition } from "@/lib/http/content-disposition";
import { DOWNLOAD_HEADERS, privateDownload } from "@/lib/http/private-download";

export const dynamic = "force-dynamic";

const DOCUMENT_HEADERS = {
  ...DOWNLOAD_HEADERS,
  // The profile page may frame it; no other site may.
  "X-Frame-Options": "SAMEORIGIN",
  "Content-Security-Policy": "frame-ancestors 'self'",
} as const;

export function GET(request: NextRequest, { params }: { params: Promise<{ applicationId: string; fileId: string }> }) {
  return privateDownload(
    "application-document",
    async () => {
      const actor = await requireActorForAction();
      const { applicationId, fileId } = await params;
      const document = await getApplicationDocument({ actor, applicationId, fileId });
      const inline = request.nextUrl.searchParams.get("inline") === "1" && document.contentType === "application/pdf";
      return new Response(document.body, {
        headers: {
          "Content-Type": document.contentType,
          "Content-Length": String(document.byteSize),
          "Content-Disposition": contentDisposition(inline ? "inline" : "attachment", document.fileName),
        },
      });
    },
    DOCUMENT_HEADERS,
  );
}
