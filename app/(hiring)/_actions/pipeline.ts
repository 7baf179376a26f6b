"use server";
// Moving, rejecting and bulk-changing applications: used by the board and both applications tables.
import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { ActionResult, ConflictFailure } from "@/lib/actions/action-result";
import { boundJobId } from "@/lib/actions/bound-ids";
import { staffAction } from "@/lib/actions/staff-action";
import type { AppError } from "@/lib/errors";
import { staffJobBoardPath } from "@/lib/paths/jobs";
import {
  ACTION_BY_OPERATION,
  bulkUpdateApplications,
  type BulkOperation,
} from "@/lib/pipeline/bulk-update-applications";
import { moveApplicationStage } from "@/lib/pipeline/move-application-stage";
import { rejectApplication } from "@/lib/pipeline/reject-application";
import {
  bulkUpdateSchema,
  moveApplicationSchema,
  rejectApplicationSchema,
  toRejection,
  type BulkUpdateInput,
} from "@/lib/pipeline/schema";

// Every result refreshes the board: on success it shows the change, on CONFLICT (or a card that
// is gone) the change someone else made, so the optimistic card goes back to where it is.
function refreshBoard(error: AppError, { id }: { id: number }): Pick<ConflictFailure, "conflict"> | undefined {
  if (error.code !== "CONFLICT" && error.code !== "NOT_FOUND") return undefined;
  revalidatePath(staffJobBoardPath(id));
  return error.code === "CONFLICT" ? { conflict: true } : undefined;
}

const moveApplication = staffAction({
  name: "board-move",
  permission: "application.move",
  schema: moveApplicationSchema,
  invalid: "That move could not be made.",
  bound: boundJobId,
  run: async ({ actor, input, id }) => {
    const moved = await moveApplicationStage({ actor, ...input });
    return {
      message: moved.moved ? "Moved." : "The candidate was already in that stage.",
      revalidate: [staffJobBoardPath(id)],
    };
  },
  onRefused: refreshBoard,
});

const reject = staffAction({
  name: "board-reject",
  permission: "application.reject",
  schema: rejectApplicationSchema,
  invalid: "Some of the details need fixing.",
  bound: boundJobId,
  run: async ({ actor, input: { applicationId, expectedVersion, rejection }, id }) => {
    const result = await rejectApplication({
      actor,
      applicationId,
      expectedVersion,
      rejection: toRejection(rejection),
    });
    const outcome = result.status === "WITHDRAWN" ? "Withdrawal recorded" : "Rejected";
    return {
      message: result.emailId ? `${outcome}; the email is on its way.` : `${outcome}.`,
      emailIds: [result.emailId],
      revalidate: [staffJobBoardPath(id)],
    };
  },
  onRefused: refreshBoard,
});

const bulkUpdate = staffAction({
  name: "board-bulk",
  permission: (input) => ACTION_BY_OPERATION[input.operation],
  schema: bulkUpdateSchema,
  invalid: "Some of the details need fixing.",
  bound: boundJobId,
  run: async ({ actor, input, id }) => {
    const result = await bulkUpdateApplications({
      actor,
      jobId: id,
      applicationIds: input.applicationIds,
      ...toBulkOperation(input),
    });
    return {
      message: bulkMessage(input.operation, input.applicationIds.length, result.emailIds.length),
      emailIds: result.emailIds,
      revalidate: [staffJobBoardPath(id)],
    };
  },
  onRefused: refreshBoard,
});

export async function moveApplicationAction(
  jobId: number,
  input: unknown,
): Promise<ActionResult<object, ConflictFailure>> {
  return moveApplication(input, jobId);
}

export async function rejectApplicationAction(
  jobId: number,
  input: unknown,
): Promise<ActionResult<object, ConflictFailure>> {
  return reject(input, jobId);
}

export async function bulkUpdateApplicationsAction(
  jobId: number,
  input: unknown,
): Promise<ActionResult<object, ConflictFailure>> {
  return bulkUpdate(input, jobId);
}

function toBulkOperation(input: z.output<typeof bulkUpdateSchema>): BulkOperation {
  switch (input.operation) {
    case "move":
      return { operation: "move", toStageId: input.toStageId };
    case "reject":
      return { operation: "reject", rejection: toRejection(input.rejection) };
    case "tag":
      return { operation: "tag", tagName: input.tagName };
  }
}

function bulkMessage(operation: BulkUpdateInput["operation"], count: number, emails: number): string {
  const people = count === 1 ? "1 candidate" : `${count} candidates`;
  if (operation === "move") return `Moved ${people}.`;
  if (operation === "tag") return `Tagged ${people}.`;
  return emails > 0
    ? `Closed ${people}; ${emails === 1 ? "1 email is" : `${emails} emails are`} on the way.`
    : `Closed ${people}.`;
}
