import { after, NextResponse } from "next/server";
import { localizedPath } from "@/i18n/locale-paths";
import { DEFAULT_LOCALE, isLocale } from "@/i18n/locales";
import { negotiateLocale } from "@/i18n/negotiate-locale";
import { translatorFor } from "@/i18n/translator";
import { CandidateRefusal, type RefusalText } from "@/lib/candidate-rights/candidate-refusal";
import { jobApplyPath } from "@/lib/jobs/job-paths";
import { applyToJob } from "@/lib/submissions/apply-to-job";
import { finishSubmission } from "@/lib/submissions/finish-submission";
import { assertSameOrigin } from "@/lib/http/assert-same-origin";
import { candidateErrorResponse } from "@/lib/http/error-response";
import { filePart, readMultipart } from "@/lib/http/read-multipart";
import { limitApplying } from "@/lib/rate-limit/limit-requests";

// The careers-site application form posts here (multipart: "payload" JSON + document files).
export async function POST(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  try {
    assertSameOrigin(request);
    await limitApplying(request.headers);
    const { slug } = await params;
    const form = await readMultipart(request);
    const payload = parsePayload(form.get("payload"));
    // The form's language, beside the payload (whose schema is strict): anything else is English.
    const requested = form.get("locale");
    const locale = isLocale(requested) ? requested : DEFAULT_LOCALE;
    const submitted = await applyToJob({
      job: { slug },
      payload: { ...payload, resume: filePart(form, "resume"), coverLetterFile: filePart(form, "coverLetterFile") },
      source: "CAREERS_SITE",
      locale,
    });
    if (!submitted.replayed) after(() => finishSubmission(submitted));
    return NextResponse.json(
      {
        ok: true,
        reference: submitted.reference,
        confirmationUrl: localizedPath(
          locale,
          `${jobApplyPath(slug)}/confirmation?reference=${encodeURIComponent(submitted.reference)}`,
        ),
      },
      { status: submitted.replayed ? 200 : 201 },
    );
  } catch (error) {
    // The form sends its language as Accept-Language (send-application.ts), so refusals met
    // before its body is read (the rate limit, too large) are said in it too.
    const language = negotiateLocale(request.headers.get("accept-language"));
    return candidateErrorResponse(error, "apply", (await translatorFor(language, "status.refusals")) as RefusalText);
  }
}

function parsePayload(raw: FormDataEntryValue | null): Record<string, unknown> {
  if (typeof raw !== "string") throw new CandidateRefusal("VALIDATION", "applicationIncomplete");
  try {
    const value: unknown = JSON.parse(raw);
    if (value && typeof value === "object" && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // fall through
  }
  throw new CandidateRefusal("VALIDATION", "applicationMalformed");
}
