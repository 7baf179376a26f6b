import "server-only";
import type { DbTransaction } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { FieldErrorBag } from "@/lib/jobs/field-error-bag";
import type { PlanState } from "./plan-changes";
import type { InterviewPlanInput } from "./schema";

export type PlanContext = {
  state: PlanState;
  /** Stage id → position: the plan is ordered by stage, then as listed within a stage. */
  stagePositions: Map<number, number>;
  attributeIds: Set<number>;
  scheduledByItemId: Map<number, number>;
};

/** A plan item as the editor and the save both read it, with its interviews still on the calendar. */
export const PLAN_ITEM_SELECT = {
  id: true,
  stageId: true,
  name: true,
  durationMinutes: true,
  instructions: true,
  position: true,
  focus: { select: { attribute: { select: { id: true, position: true } } } },
  _count: { select: { interviews: { where: { status: "SCHEDULED" } } } },
} as const satisfies Prisma.InterviewPlanItemSelect;

/** The job's plan, stages and attributes as they are now (call with the job locked). */
export async function loadPlanContext(tx: DbTransaction, jobId: number): Promise<PlanContext> {
  const job = await tx.job.findUniqueOrThrow({
    where: { id: jobId },
    select: {
      feedbackVisibility: true,
      scorecardDueHours: true,
      stages: { select: { id: true, position: true } },
      scorecardAttributes: { select: { id: true } },
      interviewPlan: { select: PLAN_ITEM_SELECT, orderBy: { position: "asc" } },
    },
  });
  return {
    state: {
      feedbackVisibility: job.feedbackVisibility,
      scorecardDueHours: job.scorecardDueHours,
      items: job.interviewPlan.map(({ focus, _count, ...item }) => ({
        ...item,
        attributeIds: focus.map((f) => f.attribute.id).sort((a, b) => a - b),
      })),
    },
    stagePositions: new Map(job.stages.map((stage) => [stage.id, stage.position])),
    attributeIds: new Set(job.scorecardAttributes.map((attribute) => attribute.id)),
    scheduledByItemId: new Map(job.interviewPlan.map((item) => [item.id, item._count.interviews])),
  };
}

/**
 * Ids from the browser name this job's stages, attributes and plan items, and nothing else: a
 * forged or outdated form cannot attach another job's stage or take over another job's interview.
 */
export function checkPlanReferences(context: PlanContext, input: InterviewPlanInput): void {
  const errors = new FieldErrorBag();
  const itemIds = new Set(context.state.items.map((item) => item.id));
  input.items.forEach((item, index) => {
    if (!context.stagePositions.has(item.stageId)) {
      errors.add(
        `items.${index}.stageId`,
        "Choose one of this job's stages (it may have been removed: reload the page)",
      );
    }
    if (item.attributeIds.some((id) => !context.attributeIds.has(id))) {
      errors.add(
        `items.${index}.attributeIds`,
        "A focus attribute is no longer on this job's scorecard: reload the page",
      );
    }
    if (item.planItemId !== undefined && !itemIds.has(item.planItemId)) {
      errors.add(`items.${index}.name`, "This interview was removed by someone else: reload the page");
    }
  });
  errors.throwIfAny("Some of the interview plan needs fixing.");
}

/** The items in plan order: by their stage's position, then in the order they were listed. */
export function orderByStage<T extends { stageId: number }>(items: T[], stagePositions: Map<number, number>): T[] {
  return items
    .map((item, index) => ({ item, index }))
    .sort(
      (a, b) =>
        (stagePositions.get(a.item.stageId) ?? 0) - (stagePositions.get(b.item.stageId) ?? 0) || a.index - b.index,
    )
    .map(({ item }) => item);
}
