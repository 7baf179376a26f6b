"use server";
import { revalidatePath } from "next/cache";
import { after } from "next/server";
import { z } from "zod";
import { assertCan } from "@/lib/auth/permissions";
import { requireActorForAction } from "@/lib/auth/session";
import { deliverOutboxMessage } from "@/lib/email/outbox";
import { AppError } from "@/lib/errors";
import { actionFailure, validationFailure, type ActionFailure } from "@/lib/http/action-failure";
import { staffJobBoardPath } from "@/lib/jobs/staff-job-paths";
import { bulkUpdateApplications, type BulkOperation } from "@/lib/pipeline/bulk-update-applications";
import { moveApplicationStage } from "@/lib/pipeline/move-application-stage";
import { rejectApplication } from "@/lib/pipeline/reject-application";
import { bulkUpdateSchema, moveApplicationSchema, rejectApplicationSchema, toRejection } from "@/lib/pipeline/schema";

/** `conflict`: the board was out of date; it has been refreshed, and nothing was changed. */
export type BoardActionResult = { ok: true; message: string } | (ActionFailure & { conflict?: true });

const jobIdSchema = z.number().int().positive();

// Every result refreshes the board: on success it shows the change, on CONFLICT the change
// someone else made (the optimistic card goes back to where the server says it is).
function finish(jobId: number, result: BoardActionResult): BoardActionResult {
  revalidatePath(staffJobBoardPath(jobId));
  return result;
}

function failure(jobId: number, error: unknown, context: string): BoardActionResult {
  const result = actionFailure(error, context);
  if (error instanceof AppError && (error.code === "CONFLICT" || error.code === "NOT_FOUND")) {
    return finish(jobId, { ...result, ...(error.code === "CONFLICT" && { conflict: true as const }) });
  }
  return result;
}

function sendAfterResponse(emailIds: (string | null)[]): void {
  const ids = emailIds.filter((id): id is string => id !== null);
  if (ids.length > 0)
    after(async () => {
      for (const id of ids) await deliverOutboxMessage(id);
    });
}

export async function moveApplicationAction(jobId: number, input: unknown): Promise<BoardActionResult> {
  try {
    const actor = await requireActorForAction();
    assertCan(actor, "application.move");
    const job = jobIdSchema.parse(jobId);
    const parsed = moveApplicationSchema.safeParse(input);
    if (!parsed.success) return validationFailure(parsed.error, "That move could not be made.");
    const moved = await moveApplicationStage({ actor, ...parsed.data });
    return finish(job, { ok: true, message: moved.moved ? "Moved." : "The candidate was already in that stage." });
  } catch (error) {
    return failure(Number(jobId), error, "board-move");
  }
}

export async function rejectApplicationAction(jobId: number, input: unknown): Promise<BoardActionResult> {
  try {
    const actor = await requireActorForAction();
    assertCan(actor, "application.reject");
    const job = jobIdSchema.parse(jobId);
    const parsed = rejectApplicationSchema.safeParse(input);
    if (!parsed.success) return validationFailure(parsed.error, "Some of the details need fixing.");
    const { applicationId, expectedVersion, rejection } = parsed.data;
    const result = await rejectApplication({
      actor,
      applicationId,
      expectedVersion,
      rejection: toRejection(rejection),
    });
    sendAfterResponse([result.emailId]);
    const outcome = result.status === "WITHDRAWN" ? "Withdrawal recorded" : "Rejected";
    return finish(job, { ok: true, message: result.emailId ? `${outcome}; the email is on its way.` : `${outcome}.` });
  } catch (error) {
    return failure(Number(jobId), error, "board-reject");
  }
}

export async function bulkUpdateApplicationsAction(jobId: number, input: unknown): Promise<BoardActionResult> {
  try {
    const actor = await requireActorForAction();
    const parsed = bulkUpdateSchema.safeParse(input);
    if (!parsed.success) return validationFailure(parsed.error, "Some of the details need fixing.");
    const data = parsed.data;
    assertCan(
      actor,
      data.operation === "move"
        ? "application.move"
        : data.operation === "reject"
          ? "application.reject"
          : "application.tag",
    );
    const job = jobIdSchema.parse(jobId);
    const operation: BulkOperation =
      data.operation === "move"
        ? { operation: "move", toStageId: data.toStageId }
        : data.operation === "reject"
          ? { operation: "reject", rejection: toRejection(data.rejection) }
          : { operation: "tag", tagName: data.tagName };
    const result = await bulkUpdateApplications({
      actor,
      jobId: job,
      applicationIds: data.applicationIds,
      ...operation,
    });
    sendAfterResponse(result.emailIds);
    return finish(job, {
      ok: true,
      message: bulkMessage(data.operation, data.applicationIds.length, result.emailIds.length),
    });
  } catch (error) {
    return failure(Number(jobId), error, "board-bulk");
  }
}

function bulkMessage(operation: BulkOperation["operation"], count: number, emails: number): string {
  const people = count === 1 ? "1 candidate" : `${count} candidates`;
  if (operation === "move") return `Moved ${people}.`;
  if (operation === "tag") return `Tagged ${people}.`;
  return emails > 0
    ? `Closed ${people}; ${emails === 1 ? "1 email is" : `${emails} emails are`} on the way.`
    : `Closed ${people}.`;
}
