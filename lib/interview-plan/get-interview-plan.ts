import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan, can, jobsVisibleTo } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { JobStatus, StageKind } from "@/lib/generated/prisma/enums";
import { PLAN_ITEM_SELECT } from "./plan-state";
import type { InterviewPlanValues } from "./schema";

export type InterviewPlanForEditing = {
  job: { id: number; title: string; status: JobStatus };
  stages: { id: number; name: string; kind: StageKind }[];
  attributes: { id: number; name: string; description: string | null }[];
  values: InterviewPlanValues;
  /** Interviews still on the calendar per plan item: they stay when the item is removed, unlinked. */
  scheduledByPlanItemId: Record<number, number>;
  /** Whether this viewer may change the blind-feedback rule (coordinators plan, but may not). */
  canChangeFeedbackRule: boolean;
};

/** A job's interview plan as the editor shows it, for the people who plan the loop. */
export async function getInterviewPlan({
  actor,
  jobId,
}: {
  actor: Actor;
  jobId: number;
}): Promise<InterviewPlanForEditing> {
  assertCan(actor, "interviewPlan.manage");
  const job = await db.job.findFirst({
    where: { AND: [{ id: jobId }, jobsVisibleTo(actor)] },
    select: {
      id: true,
      title: true,
      status: true,
      feedbackVisibility: true,
      scorecardDueHours: true,
      stages: { select: { id: true, name: true, kind: true }, orderBy: { position: "asc" } },
      scorecardAttributes: { select: { id: true, name: true, description: true }, orderBy: { position: "asc" } },
      interviewPlan: { select: PLAN_ITEM_SELECT, orderBy: { position: "asc" } },
    },
  });
  if (!job) throw new AppError("NOT_FOUND", "That job does not exist or is not visible to you.");

  const values: InterviewPlanValues = {
    feedbackVisibility: job.feedbackVisibility,
    scorecardDueHours: String(job.scorecardDueHours),
    items: job.interviewPlan.map((item) => ({
      planItemId: item.id,
      stageId: String(item.stageId),
      name: item.name,
      durationMinutes: String(item.durationMinutes),
      instructions: item.instructions ?? "",
      // In the scorecard's order, so the checkboxes and the saved state compare equal.
      attributeIds: item.focus
        .map((focus) => focus.attribute)
        .sort((a, b) => a.position - b.position)
        .map((attribute) => attribute.id),
    })),
  };
  return {
    job: { id: job.id, title: job.title, status: job.status },
    stages: job.stages,
    attributes: job.scorecardAttributes,
    values,
    scheduledByPlanItemId: Object.fromEntries(job.interviewPlan.map((item) => [item.id, item._count.interviews])),
    canChangeFeedbackRule: can(actor, "feedbackRule.manage"),
  };
}
