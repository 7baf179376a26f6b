import type { FeedbackVisibility } from "@/lib/generated/prisma/enums";

// What an interview plan save changed, for the audit log. Pure, so it is unit-tested alone.

export type PlanItemState = {
  id: number;
  stageId: number;
  name: string;
  durationMinutes: number;
  instructions: string | null;
  /** Sorted ascending, so two states compare by value. */
  attributeIds: number[];
  position: number;
};

export type PlanState = {
  feedbackVisibility: FeedbackVisibility;
  scorecardDueHours: number;
  items: PlanItemState[];
};

type Change<T> = { from: T; to: T };

export type PlanChanges = {
  added: { id: number; name: string; stageId: number }[];
  removed: { id: number; name: string; scheduledInterviews: number }[];
  changed: { id: number; name: string; fields: string[] }[];
  settings: { feedbackVisibility?: Change<FeedbackVisibility>; scorecardDueHours?: Change<number> };
};

const COMPARED_FIELDS = ["stageId", "name", "durationMinutes", "instructions", "attributeIds", "position"] as const;

/** The differences between two states of a plan, or null when there are none. */
export function describePlanChanges(
  before: PlanState,
  after: PlanState,
  scheduledByItemId: ReadonlyMap<number, number>,
): PlanChanges | null {
  const beforeById = new Map(before.items.map((item) => [item.id, item]));
  const afterIds = new Set(after.items.map((item) => item.id));
  const changes: PlanChanges = { added: [], removed: [], changed: [], settings: {} };

  for (const item of after.items) {
    const previous = beforeById.get(item.id);
    if (!previous) {
      changes.added.push({ id: item.id, name: item.name, stageId: item.stageId });
      continue;
    }
    const fields = COMPARED_FIELDS.filter((field) => JSON.stringify(previous[field]) !== JSON.stringify(item[field]));
    if (fields.length > 0) changes.changed.push({ id: item.id, name: item.name, fields });
  }
  for (const item of before.items) {
    if (!afterIds.has(item.id))
      changes.removed.push({ id: item.id, name: item.name, scheduledInterviews: scheduledByItemId.get(item.id) ?? 0 });
  }
  if (before.feedbackVisibility !== after.feedbackVisibility) {
    changes.settings.feedbackVisibility = { from: before.feedbackVisibility, to: after.feedbackVisibility };
  }
  if (before.scorecardDueHours !== after.scorecardDueHours) {
    changes.settings.scorecardDueHours = { from: before.scorecardDueHours, to: after.scorecardDueHours };
  }
  const none =
    changes.added.length + changes.removed.length + changes.changed.length + Object.keys(changes.settings).length === 0;
  return none ? null : changes;
}
