// Where an offer's approval stands: pure, so the screens and the domain agree.
import type { OfferApprovalDecision } from "@/lib/generated/prisma/enums";

export type Approver = { position: number; userId: string; name: string };
export type ApprovalRow = { round: number; position: number; approverId: string; decision: OfferApprovalDecision };

export type ApprovalStep = Approver & { approved: boolean };

/**
 * The job's approvers in order, each marked approved when that person approved at that place in
 * the offer's current round (someone else's approval at the place does not stand for them).
 */
export function approvalSteps(approvers: Approver[], approvals: ApprovalRow[], round: number): ApprovalStep[] {
  const approved = new Set(
    approvals
      .filter((row) => row.round === round && row.decision === "APPROVED")
      .map((row) => `${row.position}:${row.approverId}`),
  );
  return [...approvers]
    .sort((a, b) => a.position - b.position)
    .map((approver) => ({ ...approver, approved: approved.has(`${approver.position}:${approver.userId}`) }));
}

/** The step waiting for a decision, or null when every approver approved. */
export function nextApprovalStep(steps: ApprovalStep[]): ApprovalStep | null {
  return steps.find((step) => !step.approved) ?? null;
}

/** Separation of duties: the person who set the terms cannot be the only one who approved them. */
export function approvedBySomeoneElse(steps: ApprovalStep[], termsSetById: string): boolean {
  return steps.some((step) => step.approved && step.userId !== termsSetById);
}
