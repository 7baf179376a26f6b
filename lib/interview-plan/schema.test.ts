import { describe, expect, it } from "vitest";
import { interviewPlanSchema, type InterviewPlanValues } from "./schema";

const valid: InterviewPlanValues = {
  feedbackVisibility: "AFTER_SUBMITTING",
  scorecardDueHours: "24",
  items: [{ stageId: "3", name: " Coding ", durationMinutes: "60", instructions: "", attributeIds: [4, 4, 7] }],
};

const issuesOf = (values: unknown) => {
  const result = interviewPlanSchema.safeParse(values);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join("."));
};

describe("interviewPlanSchema", () => {
  it("turns the form's strings into numbers, blank instructions into null, and drops repeated attributes", () => {
    expect(interviewPlanSchema.parse(valid)).toEqual({
      feedbackVisibility: "AFTER_SUBMITTING",
      scorecardDueHours: 24,
      items: [{ stageId: 3, name: "Coding", durationMinutes: 60, instructions: null, attributeIds: [4, 7] }],
    });
  });

  it("refuses lengths and due hours out of range, fractions and words", () => {
    for (const durationMinutes of ["0", "4", "481", "30.5", "an hour", ""]) {
      expect(issuesOf({ ...valid, items: [{ ...valid.items[0], durationMinutes }] })).toEqual([
        "items.0.durationMinutes",
      ]);
    }
    for (const scorecardDueHours of ["0", "337", "-1", "1e2"])
      expect(issuesOf({ ...valid, scorecardDueHours })).toEqual(["scorecardDueHours"]);
    expect(issuesOf({ ...valid, scorecardDueHours: "336" })).toEqual([]);
  });

  it("refuses an unknown visibility, a missing stage, an empty name and two interviews of one name", () => {
    expect(issuesOf({ ...valid, feedbackVisibility: "SOMETIMES" })).toEqual(["feedbackVisibility"]);
    expect(issuesOf({ ...valid, items: [{ ...valid.items[0], stageId: "" }] })).toEqual(["items.0.stageId"]);
    expect(issuesOf({ ...valid, items: [{ ...valid.items[0], name: "  " }] })).toEqual(["items.0.name"]);
    expect(issuesOf({ ...valid, items: [valid.items[0], { ...valid.items[0], name: "coding" }] })).toEqual([
      "items.1.name",
    ]);
  });
});
