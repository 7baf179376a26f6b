import "server-only";
// The writes behind every stage move and outcome, shared by the single and the bulk actions.
// Each change is a conditional UPDATE on Application.version: it only applies to the exact
// state the caller saw, so two people acting on the same card cannot overwrite each other.
import { staffUserIdOf, type Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import type { DbTransaction } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { ApplicationStatus, RejectionKind } from "@/lib/generated/prisma/enums";
import { enqueueApplicationEvent } from "@/lib/webhooks/enqueue-webhook-event";

export type ApplicationState = {
  id: string;
  jobId: number;
  stageId: number;
  status: ApplicationStatus;
  version: number;
};

export const CONFLICT_MESSAGE = "Someone else moved this candidate a moment ago; the board has been refreshed.";
export const BULK_CONFLICT_MESSAGE =
  "Some of these candidates changed a moment ago; the board has been refreshed. Check the selection and try again.";

export const STATUS_BY_REJECTION_KIND: Record<RejectionKind, ApplicationStatus> = {
  WE_REJECTED: "REJECTED",
  CANDIDATE_WITHDREW: "WITHDRAWN",
};

export const applicationStateSelect = { id: true, jobId: true, stageId: true, status: true, version: true } as const;

/**
 * Locks the rows (in id order, so two bulk actions never deadlock) for the rest of the
 * transaction: what the caller reads is what it will change.
 */
export async function lockApplications(tx: DbTransaction, ids: string[]): Promise<ApplicationState[]> {
  return tx.$queryRaw<ApplicationState[]>`
    SELECT "id", "jobId", "stageId", "status"::text AS "status", "version"
      FROM "Application"
     WHERE "id" = ANY(${ids}::text[])
     ORDER BY "id"
       FOR UPDATE`;
}

export function assertActive(application: ApplicationState): void {
  if (application.status !== "ACTIVE") {
    throw new AppError("VALIDATION", "This candidate is no longer in the pipeline (rejected, withdrawn or hired).");
  }
}

/**
 * Stage moves apply to applications in the pipeline and to hired ones: reaching a HIRED-kind
 * stage marks an application HIRED, and moving it back out (a hire fell through, or a mis-drop)
 * makes it ACTIVE again. Rejected and withdrawn applications stay where they ended.
 */
export const MOVABLE_STATUSES: readonly ApplicationStatus[] = ["ACTIVE", "HIRED"];

export function assertMovable(application: ApplicationState): void {
  if (!MOVABLE_STATUSES.includes(application.status)) {
    throw new AppError("VALIDATION", "This candidate is no longer in the pipeline (rejected or withdrawn).");
  }
}

/** Moves an ACTIVE or HIRED application from `from.stageId` to `toStageId`; CONFLICT if it changed meanwhile. */
export async function changeStage(
  tx: DbTransaction,
  { actor, from, toStageId, now }: { actor: PipelineActor; from: ApplicationState; toStageId: number; now: Date },
): Promise<number> {
  // One statement: a concurrent move of the same row waits for ours to commit, then finds a
  // different version and updates nothing. (A read-then-write would let both through.) The
  // status follows the target stage's kind in the same statement.
  const [moved] = await tx.$queryRaw<{ status: ApplicationStatus }[]>`
    UPDATE "Application" AS application
       SET "stageId" = stage."id", "version" = application."version" + 1, "lastActivityAt" = ${now},
           "status" = (CASE WHEN stage."kind" = 'HIRED' THEN 'HIRED' ELSE 'ACTIVE' END)::"ApplicationStatus"
      FROM "Stage" AS stage
     WHERE stage."id" = ${toStageId}
       AND application."id" = ${from.id} AND application."version" = ${from.version} AND application."stageId" = ${from.stageId}
       AND application."status" IN ('ACTIVE', 'HIRED')
    RETURNING application."status"::text AS "status"`;
  if (!moved) throw new AppError("CONFLICT", CONFLICT_MESSAGE);
  await tx.stageTransition.create({
    data: {
      applicationId: from.id,
      fromStageId: from.stageId,
      toStageId,
      fromStatus: from.status,
      toStatus: moved.status,
      actorId: staffUserIdOf(actor),
      createdAt: now,
    },
    select: { id: true },
  });
  await recordAuditEvent(tx, {
    actor,
    action: "application.stageChanged",
    subjectType: "application",
    subjectId: from.id,
    metadata: {
      jobId: from.jobId,
      fromStageId: from.stageId,
      toStageId,
      version: from.version + 1,
      ...(moved.status !== from.status && { fromStatus: from.status, toStatus: moved.status }),
    },
  });
  await enqueueApplicationEvent(tx, "application.stage_changed", from.id, { previousStageId: from.stageId });
  if (moved.status === "HIRED" && from.status !== "HIRED")
    await enqueueApplicationEvent(tx, "application.hired", from.id);
  return from.version + 1;
}

/** Staff, or the candidate answering an offer on their status page (no staff actor on the history row). */
export type PipelineActor = Actor | { kind: "candidate" };

type CloseApplication = {
  actor: PipelineActor;
  from: ApplicationState;
  reason: { id: number; kind: RejectionKind };
  emailQueued: boolean;
  now: Date;
};

/** Ends an ACTIVE application as rejected or withdrawn, with its reason; CONFLICT if it changed. */
export async function closeApplication(
  tx: DbTransaction,
  { actor, from, reason, emailQueued, now }: CloseApplication,
): Promise<number> {
  const toStatus = STATUS_BY_REJECTION_KIND[reason.kind];
  const updated = await tx.$executeRaw`
    UPDATE "Application"
       SET "status" = ${toStatus}::"ApplicationStatus", "rejectionReasonId" = ${reason.id}, "closedAt" = ${now},
           "version" = "version" + 1, "lastActivityAt" = ${now}
     WHERE "id" = ${from.id} AND "version" = ${from.version} AND "status" = 'ACTIVE'`;
  if (updated === 0) throw new AppError("CONFLICT", CONFLICT_MESSAGE);
  // The stage stays what it was, so reports can tell where in the pipeline people left.
  await tx.stageTransition.create({
    data: {
      applicationId: from.id,
      fromStageId: from.stageId,
      toStageId: from.stageId,
      fromStatus: "ACTIVE",
      toStatus,
      rejectionReasonId: reason.id,
      actorId: staffUserIdOf(actor),
      createdAt: now,
    },
    select: { id: true },
  });
  await recordAuditEvent(tx, {
    actor,
    action: "application.rejected",
    subjectType: "application",
    subjectId: from.id,
    metadata: {
      jobId: from.jobId,
      toStatus,
      rejectionReasonId: reason.id,
      kind: reason.kind,
      emailQueued,
      version: from.version + 1,
    },
  });
  await enqueueApplicationEvent(tx, "application.rejected", from.id);
  return from.version + 1;
}
