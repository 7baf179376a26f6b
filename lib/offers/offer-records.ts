import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan, offerTermsVisibleTo, type Action } from "@/lib/auth/permissions";
import type { DbTransaction } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { absoluteUrl } from "@/lib/utils/absolute-url";
import { enqueueEmail } from "@/lib/email/outbox";
import { offerPath } from "@/lib/paths/offers";
import { approvalSteps, type ApprovalStep } from "./approval-steps";
import { offerStaffEmail } from "./offer-emails";

export const OFFER_NOT_FOUND = "That offer does not exist or is not visible to you.";
export const OFFER_CONFLICT =
  "Someone else changed this offer a moment ago, so nothing was saved. The page has been refreshed: check it and try again.";
/** An offer still being prepared: its terms may change. */
export const UNRELEASED = ["DRAFT", "PENDING_APPROVAL", "APPROVED"] as const;
/** An offer that is still alive (one per application at a time). */
export const OPEN_OFFER_STATUSES = [...UNRELEASED, "RELEASED"] as const;

const lockedOfferSelect = {
  id: true,
  applicationId: true,
  status: true,
  version: true,
  approvalRound: true,
  createdById: true,
  termsSetById: true,
  expiresOn: true,
  application: { select: { jobId: true, job: { select: { exportControlled: true } } } },
} as const;

/**
 * The offer an actor acts on, locked for the rest of the transaction: an offer they may not read
 * is not found (ids of other jobs' offers leak nothing), a stale version is a conflict.
 */
export async function lockOfferFor(
  tx: DbTransaction,
  {
    actor,
    action,
    offerId,
    expectedVersion,
  }: { actor: Actor; action: Action; offerId: string; expectedVersion: number },
) {
  assertCan(actor, action);
  await tx.$queryRaw`SELECT 1 FROM "Offer" WHERE "id" = ${offerId} FOR UPDATE`;
  const offer = await tx.offer.findFirst({
    where: { AND: [{ id: offerId }, offerTermsVisibleTo(actor)] },
    select: lockedOfferSelect,
  });
  if (!offer) throw new AppError("NOT_FOUND", OFFER_NOT_FOUND);
  if (offer.version !== expectedVersion) throw new AppError("CONFLICT", OFFER_CONFLICT);
  return offer;
}

export type LockedOffer = Awaited<ReturnType<typeof lockOfferFor>>;

/** The job's approvers in order and whether each approved in the offer's current round. */
export async function offerApprovalSteps(
  tx: DbTransaction,
  offer: { id: string; approvalRound: number; application: { jobId: number } },
): Promise<ApprovalStep[]> {
  const approvers = await tx.jobOfferApprover.findMany({
    where: { jobId: offer.application.jobId },
    orderBy: { position: "asc" },
    select: { position: true, userId: true, user: { select: { name: true, email: true } } },
  });
  const approvals = await tx.offerApproval.findMany({
    where: { offerId: offer.id, round: offer.approvalRound },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: { round: true, position: true, approverId: true, decision: true },
  });
  return approvalSteps(
    approvers.map((row) => ({ position: row.position, userId: row.userId, name: row.user.name ?? row.user.email })),
    approvals,
    offer.approvalRound,
  );
}

/** A note to one staff member about an offer (their turn to approve, a send-back, ready to release). */
export async function emailStaffAboutOffer(
  tx: DbTransaction,
  { userId, applicationId, subject, line }: { userId: string; applicationId: string; subject: string; line: string },
): Promise<string | null> {
  const user = await tx.user.findFirst({ where: { id: userId, active: true }, select: { email: true } });
  if (!user) return null;
  const email = offerStaffEmail({ subject, line, offerUrl: absoluteUrl(offerPath(applicationId)) });
  return enqueueEmail(tx, { to: user.email, ...email, template: "offer-staff", applicationId, userId });
}

/** Tells an approver that an offer waits for them. */
export function emailApproverTurn(tx: DbTransaction, recipient: { userId: string; applicationId: string }) {
  return emailStaffAboutOffer(tx, {
    ...recipient,
    subject: "An offer waits for your approval",
    line: "An offer waits for your approval in Trellis.",
  });
}

/** Bumps the offer's version with the change: the next form must have seen this one. */
export function bumped(offer: { version: number }) {
  return { version: offer.version + 1 };
}
