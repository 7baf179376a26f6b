import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { OfferApprovalInput, OfferStepInput } from "./schema";
import { nextApprovalStep } from "./approval-steps";
import { bumped, emailApproverTurn, emailStaffAboutOffer, lockOfferFor, offerApprovalSteps } from "./offer-records";

type Outcome = { status: string; emailIds: string[] };

/** Sends a draft to its first approver. The job must name its approvers first. */
export async function submitOfferForApproval({
  actor,
  input,
}: {
  actor: Actor;
  input: OfferStepInput;
}): Promise<Outcome> {
  return db.$transaction(async (tx) => {
    const offer = await lockOfferFor(tx, { actor, action: "offer.manage", ...input });
    if (offer.status !== "DRAFT") throw new AppError("VALIDATION", "Only a draft can be sent for approval.");
    const first = nextApprovalStep(await offerApprovalSteps(tx, offer));
    if (!first)
      throw new AppError(
        "VALIDATION",
        "This job names no offer approvers yet: an admin or recruiter sets them in the job's offer settings.",
      );
    await tx.offer.update({
      where: { id: offer.id },
      data: { status: "PENDING_APPROVAL", ...bumped(offer) },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      actor,
      action: "offer.submitted",
      subjectType: "application",
      subjectId: offer.applicationId,
      metadata: { offerId: offer.id, approvalRound: offer.approvalRound },
    });
    const emailId = await emailApproverTurn(tx, { userId: first.userId, applicationId: offer.applicationId });
    return { status: "PENDING_APPROVAL", emailIds: emailId ? [emailId] : [] };
  });
}

/**
 * The approver whose turn it is approves, or sends the offer back to draft with a reason (a new
 * round: everyone approves again). Nobody approves out of turn or for someone else.
 */
export async function decideOfferApproval({
  actor,
  input,
}: {
  actor: Actor;
  input: OfferApprovalInput;
}): Promise<Outcome> {
  return db.$transaction(async (tx) => {
    const offer = await lockOfferFor(tx, { actor, action: "offer.approve", ...input });
    if (offer.status !== "PENDING_APPROVAL")
      throw new AppError("VALIDATION", "This offer is not waiting for approval.");
    const steps = await offerApprovalSteps(tx, offer);
    const step = nextApprovalStep(steps);
    if (!step || step.userId !== actor.userId)
      throw new AppError("FORBIDDEN", "It is not your turn to approve this offer.");
    await tx.offerApproval.create({
      data: {
        offerId: offer.id,
        round: offer.approvalRound,
        position: step.position,
        approverId: actor.userId,
        decision: input.decision,
        reason: input.reason,
      },
      select: { id: true },
    });
    if (input.decision === "SENT_BACK") {
      await tx.offer.update({
        where: { id: offer.id },
        data: { status: "DRAFT", approvalRound: offer.approvalRound + 1, ...bumped(offer) },
        select: { id: true },
      });
      await audit("offer.sentBack", { reason: input.reason });
      const emailId = await emailStaffAboutOffer(tx, {
        userId: offer.createdById,
        applicationId: offer.applicationId,
        subject: "An offer was sent back",
        line: `An offer you drafted was sent back: ${input.reason}`,
      });
      return { status: "DRAFT", emailIds: emailId ? [emailId] : [] };
    }
    const next = steps.find((candidate) => !candidate.approved && candidate.position > step.position) ?? null;
    await tx.offer.update({
      where: { id: offer.id },
      data: { ...bumped(offer), ...(next ? {} : { status: "APPROVED" }) },
      select: { id: true },
    });
    await audit("offer.approved", { complete: !next });
    const emailId = await emailStaffAboutOffer(tx, {
      userId: next ? next.userId : offer.createdById,
      applicationId: offer.applicationId,
      subject: next ? "An offer waits for your approval" : "An offer is approved",
      line: next
        ? "An offer waits for your approval in Trellis."
        : "Every approver approved an offer you drafted: release it to the candidate when it is ready.",
    });
    return { status: next ? "PENDING_APPROVAL" : "APPROVED", emailIds: emailId ? [emailId] : [] };

    function audit(action: "offer.approved" | "offer.sentBack", extra: Record<string, unknown>) {
      return recordAuditEvent(tx, {
        actor,
        action,
        subjectType: "application",
        subjectId: offer.applicationId,
        metadata: {
          offerId: offer.id,
          approvalRound: offer.approvalRound,
          position: step!.position,
          ...extra,
        } as never,
      });
    }
  });
}
