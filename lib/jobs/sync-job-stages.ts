import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { recordAuditEvents } from "@/lib/audit/record-audit-event";
import type { DbTransaction } from "@/lib/db";
import type { FieldErrorBag } from "./field-error-bag";
import type { JobFormInput } from "./job-form-schema";
import { PARKED_POSITION_OFFSET } from "./job-write-data";

type StageEdit = Pick<JobFormInput, "stages" | "stageMoves">;

/**
 * A stage that holds applications (any status: history and reports point at it) may only be
 * removed together with a move of those applications to a stage that stays.
 */
export async function checkStageEdits(
  tx: DbTransaction,
  jobId: number,
  edit: StageEdit,
  errors: FieldErrorBag,
): Promise<void> {
  // Locked so no application moves into a stage while this edit decides whether it is empty.
  await tx.$queryRaw`SELECT id FROM "Stage" WHERE "jobId" = ${jobId} FOR UPDATE`;
  const existing = await tx.stage.findMany({
    where: { jobId },
    select: { id: true, name: true, _count: { select: { applications: true } } },
  });
  const byId = new Map(existing.map((stage) => [stage.id, stage]));
  const kept = new Set<number>();
  edit.stages.forEach((stage, index) => {
    if (stage.stageId === undefined) return;
    if (!byId.has(stage.stageId) || kept.has(stage.stageId))
      errors.add(`stages.${index}.name`, "This stage was removed by someone else: reload the page");
    kept.add(stage.stageId);
  });

  const moved = new Set<number>();
  edit.stageMoves.forEach((move, index) => {
    if (!byId.has(move.fromStageId) || kept.has(move.fromStageId) || moved.has(move.fromStageId)) {
      errors.add(`stageMoves.${index}.toStageKey`, "Only a stage you remove can have its applications moved");
    }
    moved.add(move.fromStageId);
  });
  for (const stage of existing) {
    const count = stage._count.applications;
    if (!kept.has(stage.id) && count > 0 && !moved.has(stage.id)) {
      errors.add(
        "stages",
        `“${stage.name}” holds ${count} application(s): choose the stage they move to before removing it`,
      );
    }
  }
}

/**
 * Writes stages in order, moves the applications of removed stages (each move recorded in the
 * stage history and bumping the application's version), then deletes the removed stages.
 */
export async function writeStages(
  tx: DbTransaction,
  { actor, jobId, edit }: { actor: Actor; jobId: number; edit: StageEdit },
): Promise<void> {
  await tx.stage.updateMany({ where: { jobId }, data: { position: { decrement: PARKED_POSITION_OFFSET } } });
  const idByKey = new Map<string, number>();
  for (const [position, stage] of edit.stages.entries()) {
    const row =
      stage.stageId === undefined
        ? await tx.stage.create({ data: { jobId, position, name: stage.name, kind: stage.kind }, select: { id: true } })
        : await tx.stage.update({
            where: { id: stage.stageId },
            data: { position, name: stage.name, kind: stage.kind },
            select: { id: true },
          });
    idByKey.set(stage.key, row.id);
  }

  for (const move of edit.stageMoves) {
    const toStageId = idByKey.get(move.toStageKey);
    if (toStageId === undefined) continue; // the schema already rejected an unknown key
    const applications = await tx.application.findMany({
      where: { jobId, stageId: move.fromStageId },
      select: { id: true, status: true },
    });
    if (applications.length === 0) continue;
    await tx.application.updateMany({
      where: { id: { in: applications.map((a) => a.id) } },
      data: { stageId: toStageId, version: { increment: 1 } },
    });
    await tx.stageTransition.createMany({
      data: applications.map((application) => ({
        applicationId: application.id,
        fromStageId: move.fromStageId,
        toStageId,
        fromStatus: application.status,
        toStatus: application.status,
        actorId: actor.userId,
      })),
    });
    // A stage change like any other, for the audit log: only the cause differs.
    await recordAuditEvents(
      tx,
      applications.map((application) => ({
        actor,
        action: "application.stageChanged" as const,
        subjectType: "application" as const,
        subjectId: application.id,
        metadata: { jobId, fromStageId: move.fromStageId, toStageId, cause: "stageRemoved" },
      })),
    );
  }

  const keptIds = [...idByKey.values()];
  await tx.stage.deleteMany({ where: { jobId, id: { notIn: keptIds } } });
}
