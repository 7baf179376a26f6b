import { describe, expect, it } from "vitest";
import { decisionTargets, type StageRef } from "./decision-targets";

const stages: StageRef[] = [
  { id: 1, name: "Applied", kind: "APPLIED", position: 0 },
  { id: 2, name: "Onsite panel", kind: "INTERVIEW", position: 4 },
  { id: 3, name: "Technical interviews", kind: "INTERVIEW", position: 3 },
  { id: 4, name: "Offer", kind: "OFFER", position: 5 },
  { id: 5, name: "Hired", kind: "HIRED", position: 6 },
  { id: 6, name: "Late offer", kind: "OFFER", position: 7 },
];

describe("decisionTargets", () => {
  it("advances to the next stage by position, not by list order, and offers the first OFFER stage", () => {
    expect(decisionTargets({ position: 3 }, stages)).toEqual({ next: stages[1], offer: stages[3] });
  });

  it("leads from the stage before the offer straight to it", () => {
    expect(decisionTargets({ position: 4 }, stages)).toEqual({ next: stages[3], offer: stages[3] });
  });

  it("has no offer once the candidate is in or past the first offer stage", () => {
    expect(decisionTargets({ position: 5 }, stages).offer).toBeNull();
    expect(decisionTargets({ position: 6 }, stages)).toEqual({ next: stages[5], offer: null });
  });

  it("has nowhere to advance from the last stage, and no offer in a job without one", () => {
    expect(decisionTargets({ position: 7 }, stages).next).toBeNull();
    expect(
      decisionTargets(
        { position: 0 },
        stages.filter((stage) => stage.kind !== "OFFER"),
      ).offer,
    ).toBeNull();
  });
});
