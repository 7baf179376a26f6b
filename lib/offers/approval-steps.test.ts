import { describe, expect, it } from "vitest";
import { approvalSteps, approvedBySomeoneElse, nextApprovalStep } from "./approval-steps";

const approvers = [
  { position: 1, userId: "rec", name: "Rae" },
  { position: 0, userId: "hm", name: "Hal" },
];

describe("approval steps", () => {
  it("orders the approvers and waits for the first who has not approved", () => {
    const steps = approvalSteps(approvers, [], 1);
    expect(steps.map((step) => step.userId)).toEqual(["hm", "rec"]);
    expect(nextApprovalStep(steps)?.userId).toBe("hm");
  });

  it("counts only approvals of the current round: a change of terms starts over", () => {
    const approvals = [
      { round: 1, position: 0, approverId: "hm", decision: "APPROVED" as const },
      { round: 1, position: 1, approverId: "rec", decision: "APPROVED" as const },
    ];
    expect(nextApprovalStep(approvalSteps(approvers, approvals, 1))).toBeNull();
    expect(nextApprovalStep(approvalSteps(approvers, approvals, 2))?.userId).toBe("hm");
  });

  it("does not count a send-back as an approval", () => {
    const approvals = [{ round: 1, position: 0, approverId: "hm", decision: "SENT_BACK" as const }];
    expect(nextApprovalStep(approvalSteps(approvers, approvals, 1))?.userId).toBe("hm");
  });

  it("counts an approval only for the person who gave it, even at the same place in a changed chain", () => {
    const approvals = [{ round: 1, position: 0, approverId: "hm", decision: "APPROVED" as const }];
    const steps = approvalSteps([{ position: 0, userId: "rec", name: "Rae" }], approvals, 1);
    expect(nextApprovalStep(steps)?.userId).toBe("rec");
  });

  it("needs an approval by someone other than whoever set the terms", () => {
    const approvals = [
      { round: 1, position: 0, approverId: "hm", decision: "APPROVED" as const },
      { round: 1, position: 1, approverId: "rec", decision: "APPROVED" as const },
    ];
    const steps = approvalSteps(approvers, approvals, 1);
    expect(approvedBySomeoneElse(steps, "rec")).toBe(true);
    expect(approvedBySomeoneElse(steps.slice(1), "rec")).toBe(false);
    expect(approvedBySomeoneElse(steps.slice(1), "hm")).toBe(true);
  });
});
