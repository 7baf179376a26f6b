import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { queueCandidateEmail } from "@/lib/candidate-rights/confirmation-email";
import { issueStatusLink } from "@/lib/candidate-rights/status-link";
import { db, type DbTransaction } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { LEGAL_TEXT_FALLBACK_LANGUAGE } from "@/lib/legal/language";
import type { OfferStepInput } from "./schema";
import { approvedBySomeoneElse, nextApprovalStep } from "./approval-steps";
import { bumped, lockOfferFor, OFFER_NOT_FOUND, offerApprovalSteps } from "./offer-records";
import { offerReleasedEmail, offerWithdrawnEmail } from "./offer-emails";

export const SELF_APPROVAL_ONLY =
  "Someone other than the person who set these terms must approve them: add another approver to the job's offer settings.";
export const EXPORT_REVIEW_MISSING =
  "This job involves export-controlled technology: the offer needs its export-control review before release.";

/**
 * The candidate sees the offer: only once every approver in the job's chain approved its current
 * terms, at least one of them not the person who set those terms, and, for an export-controlled
 * job, the review is done. A conditional review puts the current
 * export-licence clause (a versioned legal text) into the letter. The release email carries a
 * fresh status link (the only way to send one: the old link's token is not kept).
 */
export async function releaseOffer({
  actor,
  input,
  now = new Date(),
}: {
  actor: Actor;
  input: OfferStepInput;
  now?: Date;
}) {
  return db.$transaction(async (tx) => {
    const offer = await lockOfferFor(tx, { actor, action: "offer.manage", ...input });
    const steps = await offerApprovalSteps(tx, offer);
    if (offer.status !== "APPROVED" || nextApprovalStep(steps))
      throw new AppError("VALIDATION", "Only an offer every approver approved can be released.");
    if (!approvedBySomeoneElse(steps, offer.termsSetById)) throw new AppError("VALIDATION", SELF_APPROVAL_ONLY);
    if (offer.expiresOn.getTime() + 24 * 60 * 60 * 1000 <= now.getTime())
      throw new AppError("VALIDATION", "The offer's expiry date has passed: change it (approval starts over) first.");
    const application = await tx.application.findUniqueOrThrow({
      where: { id: offer.applicationId },
      select: { status: true },
    });
    if (application.status !== "ACTIVE")
      throw new AppError("VALIDATION", "This candidate is no longer in the pipeline.");
    let clauseId: string | null = null;
    if (offer.application.job.exportControlled) {
      const review = await tx.offerExportReview.findUnique({ where: { offerId: offer.id }, select: { outcome: true } });
      if (!review) throw new AppError("VALIDATION", EXPORT_REVIEW_MISSING);
      if (review.outcome === "CONDITIONAL_ON_LICENCE") clauseId = await currentClauseId(tx, now);
    }
    await tx.offer.update({
      where: { id: offer.id },
      data: { status: "RELEASED", releasedAt: now, conditionalClauseVersionId: clauseId, ...bumped(offer) },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      actor,
      action: "offer.released",
      subjectType: "application",
      subjectId: offer.applicationId,
      metadata: { offerId: offer.id },
    });
    const token = await issueStatusLink(tx, offer.applicationId, now);
    await recordAuditEvent(tx, {
      actor,
      action: "application.statusLinkReissued",
      subjectType: "application",
      subjectId: offer.applicationId,
      metadata: { reason: "offer" },
    });
    const emailId = await queueCandidateEmail(tx, {
      applicationId: offer.applicationId,
      statusToken: token,
      template: "offer-released",
      render: (common) => offerReleasedEmail({ ...common, expiresOn: offer.expiresOn }),
    });
    return { emailIds: [emailId] };
  });
}

async function currentClauseId(tx: DbTransaction, now: Date): Promise<string> {
  const clause = await tx.formVersion.findFirst({
    where: {
      kind: "OFFER_EXPORT_CONDITION",
      // The clause belongs to the letter, which staff write in English (decision 0042).
      language: LEGAL_TEXT_FALLBACK_LANGUAGE,
      effectiveFrom: { lte: now },
      OR: [{ effectiveTo: null }, { effectiveTo: { gt: now } }],
    },
    orderBy: [{ effectiveFrom: "desc" }, { createdAt: "desc" }, { id: "desc" }],
    select: { id: true },
  });
  if (!clause)
    throw new AppError("VALIDATION", "There is no export-licence clause in force: an admin adds one in Legal texts.");
  return clause.id;
}

/** Withdraws an offer not yet answered; a candidate who had it is told. */
export async function withdrawOffer({ actor, input }: { actor: Actor; input: OfferStepInput }) {
  return db.$transaction(async (tx) => {
    const offer = await lockOfferFor(tx, { actor, action: "offer.manage", ...input });
    if (!["DRAFT", "PENDING_APPROVAL", "APPROVED", "RELEASED"].includes(offer.status))
      throw new AppError("NOT_FOUND", OFFER_NOT_FOUND);
    await tx.offer.update({
      where: { id: offer.id },
      data: { status: "WITHDRAWN", ...bumped(offer) },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      actor,
      action: "offer.withdrawn",
      subjectType: "application",
      subjectId: offer.applicationId,
      metadata: { offerId: offer.id, previousStatus: offer.status },
    });
    if (offer.status !== "RELEASED") return { emailIds: [] };
    const emailId = await queueCandidateEmail(tx, {
      applicationId: offer.applicationId,
      statusToken: null,
      template: "offer-withdrawn",
      render: offerWithdrawnEmail,
    });
    return { emailIds: [emailId] };
  });
}
