import { describe, expect, it } from "vitest";
import { candidateStatus } from "./candidate-status";

describe("candidateStatus", () => {
  it("reads the stage of an active application", () => {
    expect(candidateStatus({ status: "ACTIVE", stageKind: "APPLIED" }).label).toBe("Received");
    expect(candidateStatus({ status: "ACTIVE", stageKind: "SCREEN" }).label).toBe("Under review");
    expect(candidateStatus({ status: "ACTIVE", stageKind: "INTERVIEW" }).label).toBe("Interviewing");
    expect(candidateStatus({ status: "ACTIVE", stageKind: "OFFER" }).state).toBe("INTERVIEWING");
  });

  it("is interviewing as soon as an interview is scheduled, whatever the stage", () => {
    expect(candidateStatus({ status: "ACTIVE", stageKind: "APPLIED", hasScheduledInterview: true }).state).toBe(
      "INTERVIEWING",
    );
    expect(candidateStatus({ status: "ACTIVE", stageKind: "SCREEN", hasScheduledInterview: true }).state).toBe(
      "INTERVIEWING",
    );
  });

  it("says plainly what was decided, without internal reasons or stage names", () => {
    const rejected = candidateStatus({ status: "REJECTED", stageKind: "INTERVIEW", hasScheduledInterview: true });
    expect(rejected).toMatchObject({ state: "DECISION_MADE", label: "Decision made", outcome: "Not selected" });
    expect(rejected.explanation).toMatch(/not to move forward/);
    expect(candidateStatus({ status: "HIRED", stageKind: "HIRED" }).outcome).toBe("Hired");
    expect(candidateStatus({ status: "WITHDRAWN", stageKind: "SCREEN" }).outcome).toBe("Withdrawn by you");
  });

  it("never shows a stage kind or status code as text", () => {
    const statuses = ["ACTIVE", "REJECTED", "WITHDRAWN", "HIRED"] as const;
    const kinds = ["APPLIED", "SCREEN", "INTERVIEW", "OFFER", "HIRED"] as const;
    for (const status of statuses) {
      for (const stageKind of kinds) {
        const view = candidateStatus({ status, stageKind });
        expect(`${view.label} ${view.outcome ?? ""} ${view.explanation}`).not.toMatch(/\b[A-Z]{3,}(_[A-Z]+)*\b/);
      }
    }
  });
});
