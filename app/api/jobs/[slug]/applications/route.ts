import { after, NextResponse } from "next/server";
import { localizedPath } from "@/i18n/locale-paths";
import { DEFAULT_LOCALE, isLocale } from "@/i18n/locales";
import { jobApplyPath } from "@/lib/jobs/job-paths";
import { applyToJob } from "@/lib/submissions/apply-to-job";
import { finishSubmission } from "@/lib/submissions/finish-submission";
import { AppError } from "@/lib/errors";
import { assertSameOrigin } from "@/lib/http/assert-same-origin";
import { errorResponse } from "@/lib/http/error-response";
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
    return errorResponse(error, "apply");
  }
}

function parsePayload(raw: FormDataEntryValue | null): Record<string, unknown> {
  if (typeof raw !== "string") throw new AppError("VALIDATION", "The application was incomplete. Please try again.");
  try {
    const value: unknown = JSON.parse(raw);
    if (value && typeof value === "object" && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // fall through
  }
  throw new AppError("VALIDATION", "The application was malformed. Please reload the page and try again.");
}
