import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { authorizeApplications, type Action } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db, type DbTransaction } from "@/lib/db";
import { findOrCreateTag } from "@/lib/candidates/tag-application";
import { AppError } from "@/lib/errors";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";
import {
  BULK_CONFLICT_MESSAGE,
  changeStage,
  closeApplication,
  lockApplications,
  MOVABLE_STATUSES,
  type ApplicationState,
} from "./application-changes";
import {
  findRejectionReason,
  findRejectionRecipients,
  prepareRejectionEmail,
  queueRejectionEmail,
} from "./rejection-email";
import type { Rejection } from "./schema";

export type BulkOperation =
  | { operation: "move"; toStageId: number }
  | { operation: "reject"; rejection: Rejection }
  | { operation: "tag"; tagName: string };

type BulkUpdateApplications = {
  actor: Actor;
  /** The board's job: every selected application must belong to it. */
  jobId: number;
  applicationIds: string[];
} & BulkOperation;

export type BulkUpdateResult = {
  /** Applications that changed (already in the target stage or already tagged: unchanged). */
  changed: number;
  /** Outbox messages to deliver after the response. */
  emailIds: string[];
};

/** The permission each bulk operation needs; the action checks it before this function runs. */
export const ACTION_BY_OPERATION: Record<BulkOperation["operation"], Action> = {
  move: "application.move",
  reject: "application.reject",
  tag: "application.tag",
};

// Long enough for the largest allowed selection with an email each.
const BULK_TRANSACTION_TIMEOUT_MS = 60_000;

/**
 * One action on many applications, all or nothing: every id is authorized first (one id the
 * actor may not touch refuses the whole request), then all changes commit in one transaction
 * with a history row and an audit event per application.
 */
export async function bulkUpdateApplications(input: BulkUpdateApplications): Promise<BulkUpdateResult> {
  const { actor, jobId } = input;
  const ids = [...new Set(input.applicationIds)];
  if (ids.length === 0) throw new AppError("VALIDATION", "Select at least one candidate.");
  await authorizeApplications(db, actor, ACTION_BY_OPERATION[input.operation], ids);

  return db.$transaction(
    async (tx) => {
      const applications = await lockApplications(tx, ids);
      if (applications.length !== ids.length || applications.some((application) => application.jobId !== jobId)) {
        throw new AppError("NOT_FOUND", "Some of the selected candidates are not in this job's pipeline.");
      }
      const now = new Date();
      switch (input.operation) {
        case "move":
          return moveAll(tx, actor, applications, input.toStageId, now);
        case "reject":
          return rejectAll(tx, actor, applications, input.rejection, now);
        case "tag":
          return tagAll(tx, actor, applications, input.tagName);
      }
    },
    { timeout: BULK_TRANSACTION_TIMEOUT_MS, maxWait: 10_000 },
  );
}

function assertAllIn(applications: ApplicationState[], statuses: readonly ApplicationStatus[]): void {
  // Someone rejected or withdrew one of them since the board was loaded.
  if (applications.some((application) => !statuses.includes(application.status)))
    throw new AppError("CONFLICT", BULK_CONFLICT_MESSAGE);
}

async function moveAll(
  tx: DbTransaction,
  actor: Actor,
  applications: ApplicationState[],
  toStageId: number,
  now: Date,
): Promise<BulkUpdateResult> {
  const stage = await tx.stage.findFirst({
    where: { id: toStageId, jobId: applications[0]?.jobId },
    select: { id: true },
  });
  if (!stage)
    throw new AppError("VALIDATION", "That stage is not part of this job's pipeline.", {
      toStageId: ["Choose a stage of this job"],
    });
  assertAllIn(applications, MOVABLE_STATUSES);
  let changed = 0;
  for (const application of applications) {
    if (application.stageId === toStageId) continue;
    await changeStage(tx, { actor, from: application, toStageId, now });
    changed += 1;
  }
  return { changed, emailIds: [] };
}

async function rejectAll(
  tx: DbTransaction,
  actor: Actor,
  applications: ApplicationState[],
  rejection: Rejection,
  now: Date,
): Promise<BulkUpdateResult> {
  const reason = await findRejectionReason(tx, rejection.reasonId, rejection.kind);
  assertAllIn(applications, ["ACTIVE"]);
  const recipients = rejection.email
    ? await findRejectionRecipients(
        tx,
        applications.map((application) => application.id),
      )
    : new Map();
  const email = rejection.email ? await prepareRejectionEmail(tx, rejection.email) : null;
  const emailIds: string[] = [];
  for (const application of applications) {
    const recipient = recipients.get(application.id);
    const emailId =
      email && recipient ? await queueRejectionEmail(tx, { actor, recipient, email, kind: reason.kind }) : null;
    if (emailId) emailIds.push(emailId);
    await closeApplication(tx, { actor, from: application, reason, emailQueued: emailId !== null, now });
  }
  return { changed: applications.length, emailIds };
}

async function tagAll(
  tx: DbTransaction,
  actor: Actor,
  applications: ApplicationState[],
  tagName: string,
): Promise<BulkUpdateResult> {
  const tag = await findOrCreateTag(tx, tagName);
  const ids = applications.map((application) => application.id);
  const alreadyTagged = new Set(
    (
      await tx.applicationTag.findMany({
        where: { tagId: tag.id, applicationId: { in: ids } },
        select: { applicationId: true },
      })
    ).map((row) => row.applicationId),
  );
  const untagged = applications.filter((application) => !alreadyTagged.has(application.id));
  await tx.applicationTag.createMany({
    data: untagged.map((application) => ({ applicationId: application.id, tagId: tag.id, addedById: actor.userId })),
    skipDuplicates: true,
  });
  for (const application of untagged) {
    await recordAuditEvent(tx, {
      actor,
      action: "application.tagged",
      subjectType: "application",
      subjectId: application.id,
      metadata: { added: tag.name, jobId: application.jobId },
    });
  }
  return { changed: untagged.length, emailIds: [] };
}
