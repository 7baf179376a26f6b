// Where an offer's approval stands: pure, so the screens and the domain agree.
import type { OfferApprovalDecision } from "@/lib/generated/prisma/enums";

export type Approver = { position: number; userId: string; name: string };
export type ApprovalRow = { round: number; position: number; approverId: string; decision: OfferApprovalDecision };

export type ApprovalStep = Approver & { approved: boolean };

/** The job's approvers in order, each marked approved when they approved in the offer's current round. */
export function approvalSteps(approvers: Approver[], approvals: ApprovalRow[], round: number): ApprovalStep[] {
  const approvedPositions = new Set(
    approvals.filter((row) => row.round === round && row.decision === "APPROVED").map((row) => row.position),
  );
  return [...approvers]
    .sort((a, b) => a.position - b.position)
    .map((approver) => ({ ...approver, approved: approvedPositions.has(approver.position) }));
}

/** The step waiting for a decision, or null when every approver approved. */
export function nextApprovalStep(steps: ApprovalStep[]): ApprovalStep | null {
  return steps.find((step) => !step.approved) ?? null;
}
