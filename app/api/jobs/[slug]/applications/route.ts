import { after, NextResponse } from "next/server";
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
    const submitted = await applyToJob({
      job: { slug },
      payload: { ...payload, resume: filePart(form, "resume"), coverLetterFile: filePart(form, "coverLetterFile") },
      source: "CAREERS_SITE",
    });
    if (!submitted.replayed) after(() => finishSubmission(submitted));
    return NextResponse.json(
      {
        ok: true,
        reference: submitted.reference,
        confirmationUrl: `/jobs/${encodeURIComponent(slug)}/apply/confirmation?reference=${encodeURIComponent(submitted.reference)}`,
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
