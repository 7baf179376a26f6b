import { describe, expect, it } from "vitest";
import { describePlanChanges, type PlanState } from "./plan-changes";

const item = {
  id: 1,
  stageId: 10,
  name: "Recruiter screen",
  durationMinutes: 30,
  instructions: null,
  attributeIds: [5],
  position: 0,
};
const state: PlanState = { feedbackVisibility: "AFTER_SUBMITTING", scorecardDueHours: 24, items: [item] };

describe("describePlanChanges", () => {
  it("is null when nothing changed", () => {
    expect(describePlanChanges(state, structuredClone(state), new Map())).toBeNull();
  });

  it("names added, removed (with their scheduled interviews) and changed items, and the settings", () => {
    const after: PlanState = {
      feedbackVisibility: "NEVER",
      scorecardDueHours: 48,
      items: [{ ...item, id: 2, name: "Coding" }],
    };
    expect(describePlanChanges(state, after, new Map([[1, 3]]))).toEqual({
      added: [{ id: 2, name: "Coding", stageId: 10 }],
      removed: [{ id: 1, name: "Recruiter screen", scheduledInterviews: 3 }],
      changed: [],
      settings: {
        feedbackVisibility: { from: "AFTER_SUBMITTING", to: "NEVER" },
        scorecardDueHours: { from: 24, to: 48 },
      },
    });
  });

  it("lists which fields of a kept item changed", () => {
    const after: PlanState = { ...state, items: [{ ...item, durationMinutes: 45, attributeIds: [5, 6], position: 1 }] };
    expect(describePlanChanges(state, after, new Map())?.changed).toEqual([
      { id: 1, name: "Recruiter screen", fields: ["durationMinutes", "attributeIds", "position"] },
    ]);
  });
});
