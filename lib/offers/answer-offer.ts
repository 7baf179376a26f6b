import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { queueCandidateEmail } from "@/lib/candidate-rights/confirmation-email";
import { requireStatusLinkHolder } from "@/lib/candidate-rights/status-link";
import { CandidateRefusal } from "@/lib/candidate-rights/candidate-refusal";
import { db, type DbTransaction } from "@/lib/db";
import { changeStage, closeApplication, lockApplications } from "@/lib/pipeline/application-changes";
import { enqueueOfferAcceptedEvent } from "@/lib/webhooks/enqueue-webhook-event";
import type { AcceptOfferInput, DeclineOfferInput } from "./schema";
import { offerAcceptedEmail, offerDeclinedEmail } from "./offer-emails";
import { isPastExpiry } from "./offer-expiry";

export const OFFER_DECLINED_REASON = "Declined our offer";

/**
 * The candidate accepts on their status page by typing their full name: the name, the wording's
 * version and the time are kept with the offer, and the application moves to the job's Hired
 * stage in the same transaction.
 */
export async function acceptOffer({
  statusToken,
  input,
  now = new Date(),
}: {
  statusToken: string;
  input: AcceptOfferInput;
  now?: Date;
}) {
  return db.$transaction(async (tx) => {
    const offer = await lockReleasedOffer(tx, statusToken, input.offerId, now);
    const wording = await tx.formVersion.findFirst({
      where: { id: input.wordingVersionId, kind: "OFFER_ACCEPTANCE" },
      select: { id: true },
    });
    if (!wording) throw new CandidateRefusal("VALIDATION", "offerOutdated");
    const [application] = await lockApplications(tx, [offer.applicationId]);
    const hired = await tx.stage.findFirst({
      where: { jobId: application!.jobId, kind: "HIRED" },
      orderBy: { position: "asc" },
      select: { id: true },
    });
    if (!application || application.status !== "ACTIVE" || !hired)
      throw new CandidateRefusal("VALIDATION", "offerClosed");
    await tx.offer.update({
      where: { id: offer.id },
      data: {
        status: "ACCEPTED",
        answeredAt: now,
        acceptedName: input.fullName,
        acceptanceWordingVersionId: wording.id,
        version: { increment: 1 },
      },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      actor: { kind: "candidate" },
      action: "offer.accepted",
      subjectType: "application",
      subjectId: offer.applicationId,
      metadata: { offerId: offer.id, wordingVersionId: wording.id },
    });
    // Before the move, so receivers get the acceptance ahead of the stage change and the hire.
    await enqueueOfferAcceptedEvent(tx, offer.applicationId, offer.id);
    await changeStage(tx, { actor: { kind: "candidate" }, from: application, toStageId: hired.id, now });
    const emailId = await queueCandidateEmail(tx, {
      applicationId: offer.applicationId,
      statusToken,
      template: "offer-accepted",
      render: (common) => offerAcceptedEmail({ ...common, fullName: input.fullName, at: now }),
    });
    return { emailIds: [emailId] };
  });
}

/** The candidate declines (with an optional reason): the application ends as "candidate withdrew". */
export async function declineOffer({
  statusToken,
  input,
  now = new Date(),
}: {
  statusToken: string;
  input: DeclineOfferInput;
  now?: Date;
}) {
  return db.$transaction(async (tx) => {
    const offer = await lockReleasedOffer(tx, statusToken, input.offerId, now);
    await tx.offer.update({
      where: { id: offer.id },
      data: { status: "DECLINED", answeredAt: now, declineReason: input.reason || null, version: { increment: 1 } },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      actor: { kind: "candidate" },
      action: "offer.declined",
      subjectType: "application",
      subjectId: offer.applicationId,
      metadata: { offerId: offer.id },
    });
    const [application] = await lockApplications(tx, [offer.applicationId]);
    if (application?.status === "ACTIVE") {
      const reason = await tx.rejectionReason.upsert({
        where: { kind_label: { kind: "CANDIDATE_WITHDREW", label: OFFER_DECLINED_REASON } },
        create: { kind: "CANDIDATE_WITHDREW", label: OFFER_DECLINED_REASON, position: 100 },
        update: {},
        select: { id: true, kind: true },
      });
      await closeApplication(tx, { actor: { kind: "candidate" }, from: application, reason, emailQueued: true, now });
    }
    const emailId = await queueCandidateEmail(tx, {
      applicationId: offer.applicationId,
      statusToken,
      template: "offer-declined",
      render: offerDeclinedEmail,
    });
    return { emailIds: [emailId] };
  });
}

async function lockReleasedOffer(tx: DbTransaction, statusToken: string, offerId: string, now: Date) {
  const holder = await requireStatusLinkHolder(tx, statusToken);
  await tx.$queryRaw`SELECT 1 FROM "Offer" WHERE "id" = ${offerId} FOR UPDATE`;
  const offer = await tx.offer.findFirst({
    where: { id: offerId, applicationId: holder.applicationId },
    select: { id: true, applicationId: true, status: true, expiresOn: true },
  });
  if (!offer || offer.status !== "RELEASED" || isPastExpiry(offer.expiresOn, now))
    throw new CandidateRefusal("VALIDATION", "offerClosed");
  return offer;
}
