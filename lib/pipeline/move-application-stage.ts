import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { authorizeApplications } from "@/lib/auth/permissions";
import { db, type DbTransaction } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { applicationStateSelect, assertMovable, changeStage, CONFLICT_MESSAGE } from "./application-changes";

type MoveApplicationStage = {
  actor: Actor;
  applicationId: string;
  toStageId: number;
  /** Application.version as the caller last saw it. */
  expectedVersion: number;
};

export type MovedApplication = { applicationId: string; stageId: number; version: number; moved: boolean };

/**
 * Moves an active (or hired) application to another stage of its job, with its history row and
 * audit event in the same transaction; a HIRED-kind stage makes it HIRED, any other ACTIVE.
 * Refused with CONFLICT when the application changed since the caller saw `expectedVersion`.
 */
export async function moveApplicationStage(input: MoveApplicationStage): Promise<MovedApplication> {
  return db.$transaction((tx) => moveApplicationStageInTransaction(tx, input));
}

/** The same move inside the caller's transaction, for changes that must commit with it (a hiring decision). */
export async function moveApplicationStageInTransaction(
  tx: DbTransaction,
  { actor, applicationId, toStageId, expectedVersion }: MoveApplicationStage,
): Promise<MovedApplication> {
  await authorizeApplications(tx, actor, "application.move", [applicationId]);
  const current = await tx.application.findUniqueOrThrow({
    where: { id: applicationId },
    select: applicationStateSelect,
  });
  if (current.version !== expectedVersion) throw new AppError("CONFLICT", CONFLICT_MESSAGE);
  assertMovable(current);

  const stage = await tx.stage.findFirst({ where: { id: toStageId, jobId: current.jobId }, select: { id: true } });
  if (!stage)
    throw new AppError("VALIDATION", "That stage is not part of this job's pipeline.", {
      toStageId: ["Choose a stage of this job"],
    });
  // Dropping a card back where it was is not a move: no history row, no new version.
  if (current.stageId === toStageId)
    return { applicationId, stageId: toStageId, version: current.version, moved: false };

  const version = await changeStage(tx, { actor, from: current, toStageId, now: new Date() });
  return { applicationId, stageId: toStageId, version, moved: true };
}
