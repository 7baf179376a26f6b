import { NextResponse } from "next/server";
import { negotiateLocale } from "@/i18n/negotiate-locale";
import { translatorFor } from "@/i18n/translator";
import { CandidateRefusal, type RefusalText } from "@/lib/candidate-rights/candidate-refusal";
import { assertSameOrigin } from "@/lib/http/assert-same-origin";
import { candidateErrorResponse } from "@/lib/http/error-response";
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
    if (!resume) throw new CandidateRefusal("VALIDATION", "chooseResume", {}, { path: "resume", key: "chooseResume" });
    return NextResponse.json({ ok: true, ...(await suggestContactFromResume(resume)) });
  } catch (error) {
    // The form sends its language as Accept-Language (resume-suggestions.tsx), as it does when applying.
    const language = negotiateLocale(request.headers.get("accept-language"));
    return candidateErrorResponse(
      error,
      "resume-prefill",
      (await translatorFor(language, "status.refusals")) as RefusalText,
    );
  }
}
