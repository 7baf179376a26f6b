import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan, can } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db, type DbTransaction } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { PARKED_POSITION_OFFSET } from "@/lib/jobs/job-write-data";
import { lockJob } from "@/lib/jobs/lock-job";
import { describePlanChanges, type PlanItemState } from "./plan-changes";
import { checkPlanReferences, loadPlanContext, orderByStage } from "./plan-state";
import type { InterviewPlanInput } from "./schema";

type Item = InterviewPlanInput["items"][number];

export const FEEDBACK_RULE_FORBIDDEN =
  "Only recruiters and admins can change when interviewers see each other's feedback. Nothing was saved.";

/**
 * Replaces a job's interview plan and its feedback settings in one transaction. Kept items are
 * updated in place, so interviews scheduled from them stay linked; a removed item's interviews
 * stay on the calendar, unlinked (Interview.planItemId is set to null). Audited when anything changed
 * (the feedback rule's old and new value included); the rule itself only by "feedbackRule.manage".
 */
export async function replaceInterviewPlan({
  actor,
  jobId,
  input,
}: {
  actor: Actor;
  jobId: number;
  input: InterviewPlanInput;
}): Promise<{ changed: boolean }> {
  assertCan(actor, "interviewPlan.manage");
  return db.$transaction(
    async (tx) => {
      // The job editor takes the same lock, so stages and attributes cannot vanish mid-save.
      await lockJob(tx, actor, jobId);
      const context = await loadPlanContext(tx, jobId);
      checkPlanReferences(context, input);
      // Checked on a change, not on the field: a coordinator's save carries the rule unchanged.
      if (input.feedbackVisibility !== context.state.feedbackVisibility && !can(actor, "feedbackRule.manage")) {
        throw new AppError("FORBIDDEN", FEEDBACK_RULE_FORBIDDEN, { feedbackVisibility: [FEEDBACK_RULE_FORBIDDEN] });
      }

      const items = await writeItems(tx, jobId, orderByStage(input.items, context.stagePositions));
      const after = { feedbackVisibility: input.feedbackVisibility, scorecardDueHours: input.scorecardDueHours, items };
      const changes = describePlanChanges(context.state, after, context.scheduledByItemId);
      if (!changes) return { changed: false };

      if (Object.keys(changes.settings).length > 0) {
        await tx.job.update({
          where: { id: jobId },
          data: { feedbackVisibility: input.feedbackVisibility, scorecardDueHours: input.scorecardDueHours },
        });
      }
      await recordAuditEvent(tx, {
        actor,
        action: "job.interviewPlanChanged",
        subjectType: "job",
        subjectId: String(jobId),
        metadata: changes,
      });
      return { changed: true };
    },
    { timeout: 30_000 },
  );
}

/** Writes the items in the given order and returns them as saved (with the ids of new ones). */
async function writeItems(tx: DbTransaction, jobId: number, ordered: Item[]): Promise<PlanItemState[]> {
  const keptIds = ordered.flatMap((item) => (item.planItemId === undefined ? [] : [item.planItemId]));
  await tx.interviewPlanItem.deleteMany({ where: { jobId, id: { notIn: keptIds } } });
  await tx.interviewPlanItem.updateMany({
    where: { jobId },
    data: { position: { decrement: PARKED_POSITION_OFFSET } },
  });

  const saved: PlanItemState[] = [];
  for (const [position, item] of ordered.entries()) {
    const columns = {
      stageId: item.stageId,
      position,
      name: item.name,
      durationMinutes: item.durationMinutes,
      instructions: item.instructions,
    };
    const focus = item.attributeIds.map((attributeId) => ({ attributeId }));
    const row =
      item.planItemId === undefined
        ? await tx.interviewPlanItem.create({
            data: { jobId, ...columns, focus: { create: focus } },
            select: { id: true },
          })
        : await tx.interviewPlanItem.update({
            where: { id: item.planItemId },
            data: { ...columns, focus: { deleteMany: {}, create: focus } },
            select: { id: true },
          });
    saved.push({ id: row.id, ...columns, attributeIds: [...item.attributeIds].sort((a, b) => a - b) });
  }
  return saved;
}
