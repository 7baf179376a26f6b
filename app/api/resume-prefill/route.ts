import { NextResponse } from "next/server";
import { AppError } from "@/lib/errors";
import { assertSameOrigin } from "@/lib/http/assert-same-origin";
import { errorResponse } from "@/lib/http/error-response";
import { filePart, readMultipart } from "@/lib/http/read-multipart";
import { limitResumePrefill } from "@/lib/rate-limit/limit-requests";
import { MAX_DOCUMENT_BYTES } from "@/lib/submissions/limits";
import { suggestContactFromResume } from "@/lib/submissions/resume-prefill/suggest-contact";

// One document and its multipart framing.
const MAX_BODY_BYTES = MAX_DOCUMENT_BYTES + 64 * 1024;

// The application form posts the chosen resume here (multipart "resume") and gets back the
// contact details it offers as suggestions. Nothing is stored.
export async function POST(request: Request) {
  try {
    assertSameOrigin(request);
    await limitResumePrefill(request.headers);
    const resume = filePart(await readMultipart(request, MAX_BODY_BYTES), "resume");
    if (!resume) throw new AppError("VALIDATION", "Choose a resume to read", { resume: ["Choose a resume to read"] });
    return NextResponse.json({ ok: true, ...(await suggestContactFromResume(resume)) });
  } catch (error) {
    return errorResponse(error, "resume-prefill");
  }
}
