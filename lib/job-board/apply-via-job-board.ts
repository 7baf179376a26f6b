import "server-only";
import { NextResponse } from "next/server";
import { applyToJob } from "@/lib/submissions/apply-to-job";
import { finishSubmission } from "@/lib/submissions/finish-submission";
import { toFieldErrors } from "@/lib/submissions/field-errors";
import { apiClientName } from "@/lib/submissions/tracking";
import { currentLegalVersionIds, type ApplicationFormContext } from "@/lib/submissions/form-context";
import { MAX_DOCUMENT_BYTES } from "@/lib/submissions/limits";
import { loadSubmissionSnapshot, NO_LOOKUP } from "@/lib/submissions/submission-snapshot";
import { buildApplicationFormSchema } from "@/lib/submissions/schema";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { authenticateJobBoardClient, limitJobBoardApplying } from "@/lib/rate-limit/limit-requests";
import { buildApplicationFieldTable } from "./application-fields";
import type { ApplicationFieldTable } from "./application-field-types";
import { authenticateApiKey } from "./authenticate-api-key";
import { parseId } from "./board-responses";
import { findBoard } from "./board-queries";
import { jobBoardErrorResponse } from "./error-response";
import { JobBoardRequestError } from "./job-board-request-error";
import { mapApplicationFields, toGreenhouseFieldErrors, type MappedApplication } from "./map-application-fields";
import { readApplicationBody } from "./read-application-body";
import { runAfterResponse } from "./run-after-response";
import { submissionKeyFor } from "./submission-key";

type ApplyViaJobBoard = {
  request: Request;
  boardToken: string;
  jobIdParam: string;
  /** Schedules the confirmation email (finish-submission.ts); Next's `after` unless a caller runs outside Next. */
  runAfter?: (task: () => Promise<unknown>) => void;
};

/** POST /boards/{board_token}/jobs/{job_id}: Greenhouse's "submit an application". */
export async function applyViaJobBoard({
  request,
  boardToken,
  jobIdParam,
  runAfter = runAfterResponse,
}: ApplyViaJobBoard): Promise<NextResponse> {
  try {
    // No origin check: the API is meant for other sites and is authenticated by a key, not a cookie.
    await limitJobBoardApplying(request.headers);
    await authenticateJobBoardClient(request.headers, () =>
      authenticateApiKey(request.headers.get("authorization"), getEnv().JOB_BOARD_API_KEY),
    );
    const board = await findBoard(boardToken);
    const jobId = parseId(jobIdParam, "open job");
    // The job's form as applying will read it (one round trip, the form cached per process),
    // open and on this board (isOpenJobOnBoard's rule), else a 404 as for any other job.
    const snapshot = await loadSubmissionSnapshot({ id: jobId }, NO_LOOKUP).catch((error: unknown) => {
      if (error instanceof AppError && (error.code === "NOT_FOUND" || error.code === "JOB_CLOSED")) return null;
      throw error;
    });
    const published = snapshot?.job.publishedAt;
    if (!snapshot || snapshot.job.organizationId !== board.id || !published || published > new Date())
      throw new AppError("NOT_FOUND", "No open job has this id.");
    const { context } = snapshot.form;
    const submissionKey = submissionKeyFor(request.headers.get("idempotency-key"), jobId);
    const body = await readApplicationBody(request);
    const table = buildApplicationFieldTable(context);
    const mapped = mapApplicationFields(table, body.fields, {
      submissionKey,
      legalVersions: { selfId: currentLegalVersionIds(context).selfId },
    });
    assertDocumentSizes(mapped.payload, body.sentAs);
    if (Object.keys(mapped.fieldErrors).length > 0) throw unknownFieldsError(context, table, mapped, body.sentAs);

    const apiClient = apiClientName(request.headers.get("user-agent"));
    const submitted = await applyToJob({
      job: { id: jobId },
      payload: mapped.payload,
      source: "JOB_BOARD_API",
      apiClient,
    }).catch((error: unknown) => {
      throw inGreenhouseTerms(error, table, body.sentAs);
    });
    if (!submitted.replayed) runAfter(() => finishSubmission(submitted));
    return NextResponse.json(
      {
        success: "Candidate saved successfully",
        application_reference: submitted.reference,
        replayed: submitted.replayed,
      },
      { status: 200 },
    );
  } catch (error) {
    return jobBoardErrorResponse(error);
  }
}

function assertDocumentSizes(payload: Record<string, unknown>, sentAs: ReadonlyMap<string, string>): void {
  const documents = [
    ["resume", payload.resume, "resume"],
    ["cover_letter", payload.coverLetterFile, "cover letter"],
  ] as const;
  for (const [name, document, label] of documents) {
    if (document instanceof File && document.size > MAX_DOCUMENT_BYTES) {
      throw new JobBoardRequestError(413, `The ${label} is too large.`, {
        [sentAs.get(name) ?? name]: [`The ${label} must be 10 MB or smaller`],
      });
    }
  }
}

/** Fields the board does not know, reported together with what the schema says about the rest. */
function unknownFieldsError(
  context: ApplicationFormContext,
  table: ApplicationFieldTable,
  mapped: MappedApplication,
  sentAs: ReadonlyMap<string, string>,
) {
  const parsed = buildApplicationFormSchema(context).safeParse(mapped.payload);
  const schemaErrors = parsed.success ? {} : toGreenhouseFieldErrors(table, toFieldErrors(parsed.error), sentAs);
  return new JobBoardRequestError(400, "Some fields need attention.", { ...schemaErrors, ...mapped.fieldErrors });
}

/** Domain errors keyed by schema paths, rekeyed by the Greenhouse names the client sent. */
function inGreenhouseTerms(error: unknown, table: ApplicationFieldTable, sentAs: ReadonlyMap<string, string>): unknown {
  if (!(error instanceof AppError)) return error;
  const fieldErrors = error.fieldErrors ? toGreenhouseFieldErrors(table, error.fieldErrors, sentAs) : undefined;
  switch (error.code) {
    case "VALIDATION":
      return new JobBoardRequestError(400, error.message, fieldErrors);
    case "FORM_OUTDATED":
      return new AppError(
        "FORM_OUTDATED",
        "The wording of a legal question changed after you fetched this job's questions: fetch GET /jobs/{job_id}?questions=true again, show the new wording and send its version.",
      );
    default:
      return new AppError(error.code, error.message, fieldErrors);
  }
}
