import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { recordAuditEvent, recordAuditEvents } from "@/lib/audit/record-audit-event";
import type { DbTransaction } from "@/lib/db";
import { enqueueApplicationEvents } from "@/lib/webhooks/enqueue-webhook-event";
import type { FieldErrorBag } from "./field-error-bag";
import type { JobFormInput } from "./job-form-schema";
import { PARKED_POSITION_OFFSET } from "./job-write-data";

type StageEdit = Pick<JobFormInput, "stages" | "stageMoves">;

/**
 * A stage that holds applications (any status: history and reports point at it) or interview-plan
 * items (their interviews point at them) may only be removed together with a move of those to a
 * stage that stays. Editing a job never hires or un-hires anyone (docs/decisions/0035): a stage
 * holding active or hired applications keeps the Hired kind it has or has not, and a removed
 * stage's hired applications go only to a Hired stage, its active ones only to another kind.
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
    select: { id: true, name: true, kind: true, _count: { select: { applications: true, interviewPlan: true } } },
  });
  const inPipeline = await countInPipeline(tx, jobId);
  const byId = new Map(existing.map((stage) => [stage.id, stage]));
  const kept = new Set<number>();
  edit.stages.forEach((stage, index) => {
    if (stage.stageId === undefined) return;
    const before = byId.get(stage.stageId);
    if (!before || kept.has(stage.stageId))
      errors.add(`stages.${index}.name`, "This stage was removed by someone else: reload the page");
    kept.add(stage.stageId);
    const { active, hired } = inPipeline(stage.stageId);
    if (
      before &&
      before.kind !== stage.kind &&
      (before.kind === "HIRED" || stage.kind === "HIRED") &&
      active + hired > 0
    )
      errors.add(
        `stages.${index}.kind`,
        `“${before.name}” holds ${active + hired} active or hired application(s): changing whether it is the Hired stage would change their status. Move them on the board first.`,
      );
  });

  const kindByKey = new Map(edit.stages.map((stage) => [stage.key, stage.kind]));
  const moved = new Set<number>();
  edit.stageMoves.forEach((move, index) => {
    const path = `stageMoves.${index}.toStageKey`;
    if (!byId.has(move.fromStageId) || kept.has(move.fromStageId) || moved.has(move.fromStageId)) {
      errors.add(path, "Only a stage you remove can have its applications and interview-plan items moved");
    }
    moved.add(move.fromStageId);
    const { active, hired } = inPipeline(move.fromStageId);
    const toHired = kindByKey.get(move.toStageKey) === "HIRED";
    if (toHired && active > 0)
      errors.add(
        path,
        `${active} active application(s) would become hired: choose a stage that is not of the kind Hired`,
      );
    if (!toHired && hired > 0)
      errors.add(path, `${hired} hired application(s) would stop being hired: choose a stage of the kind Hired`);
  });
  for (const stage of existing) {
    const { applications, interviewPlan } = stage._count;
    if (!kept.has(stage.id) && applications + interviewPlan > 0 && !moved.has(stage.id)) {
      errors.add(
        "stages",
        `“${stage.name}” holds ${applications} application(s) and ${interviewPlan} interview-plan item(s): choose the stage they move to before removing it`,
      );
    }
  }
}

/** Active and hired applications per stage: the ones whose status follows their stage's kind. */
async function countInPipeline(tx: DbTransaction, jobId: number) {
  const groups = await tx.application.groupBy({
    by: ["stageId", "status"],
    where: { jobId, status: { in: ["ACTIVE", "HIRED"] } },
    _count: { _all: true },
    orderBy: [{ stageId: "asc" }, { status: "asc" }],
  });
  return (stageId: number) => ({
    active: groups.find((g) => g.stageId === stageId && g.status === "ACTIVE")?._count._all ?? 0,
    hired: groups.find((g) => g.stageId === stageId && g.status === "HIRED")?._count._all ?? 0,
  });
}

/**
 * Writes stages in order, moves the interview-plan items and applications of removed stages (each
 * application's move recorded in its stage history and bumping its version), then deletes the
 * removed stages, which by then hold nothing.
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
    const planItems = await tx.interviewPlanItem.findMany({
      where: { jobId, stageId: move.fromStageId },
      select: { id: true },
      orderBy: { position: "asc" },
    });
    if (planItems.length > 0) {
      await tx.interviewPlanItem.updateMany({
        where: { jobId, stageId: move.fromStageId },
        data: { stageId: toStageId },
      });
      await recordAuditEvent(tx, {
        actor,
        action: "job.interviewPlanChanged",
        subjectType: "job",
        subjectId: String(jobId),
        metadata: {
          cause: "stageRemoved",
          fromStageId: move.fromStageId,
          toStageId,
          planItemIds: planItems.map((i) => i.id),
        },
      });
    }
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
    await enqueueApplicationEvents(
      tx,
      "application.stage_changed",
      applications.map((application) => application.id),
      { previousStageId: move.fromStageId },
    );
  }

  const keptIds = [...idByKey.values()];
  await tx.stage.deleteMany({ where: { jobId, id: { notIn: keptIds } } });
}
