import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { applicationsVisibleTo, assertCan, can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { nextApprovalStep } from "./approval-steps";
import { loadOfferLetter } from "./load-letter";
import { offerApprovalSteps } from "./offer-records";
import { OFFER_TERMS_SELECT } from "./offer-terms";

/**
 * The offer page, shaped by who reads it: coordinators get each offer's status only; admins,
 * recruiters and the job's hiring managers the terms, approvals and letter; the export-control
 * review's outcome and note only its readers (hiring managers: whether it is done).
 */
export async function getOfferView({ actor, applicationId }: { actor: Actor; applicationId: string }) {
  assertCan(actor, "offer.readExistence");
  const application = await db.application.findFirst({
    where: { AND: [{ id: applicationId }, applicationsVisibleTo(actor)] },
    select: {
      id: true,
      status: true,
      jobId: true,
      candidate: { select: { firstName: true, lastName: true, preferredName: true } },
      job: { select: { title: true, exportControlled: true } },
    },
  });
  if (!application) throw new AppError("NOT_FOUND", "That application does not exist or is not visible to you.");
  const offers = await db.offer.findMany({
    where: { applicationId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, status: true, createdAt: true, releasedAt: true, answeredAt: true },
  });
  const readsTerms = can(actor, "offer.read");
  const latest = offers[0];
  const current = readsTerms && latest ? await currentOffer(actor, latest.id, application.jobId) : null;
  const letterTemplates = can(actor, "offer.manage")
    ? await db.offerLetterTemplate.findMany({
        orderBy: [{ name: "asc" }, { id: "asc" }],
        select: { id: true, name: true },
      })
    : [];
  return { application, offers, current, letterTemplates, readsTerms, canManage: can(actor, "offer.manage") };
}

export type OfferView = Awaited<ReturnType<typeof getOfferView>>;

async function currentOffer(actor: Actor, offerId: string, jobId: number) {
  const offer = await db.offer.findUniqueOrThrow({
    where: { id: offerId },
    select: {
      id: true,
      status: true,
      version: true,
      approvalRound: true,
      ...OFFER_TERMS_SELECT,
      releasedAt: true,
      answeredAt: true,
      acceptedName: true,
      declineReason: true,
      letterVersion: { select: { templateId: true, version: true } },
      approvals: {
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: {
          id: true,
          round: true,
          decision: true,
          reason: true,
          createdAt: true,
          approver: { select: { name: true, email: true } },
        },
      },
    },
  });
  const steps = await offerApprovalSteps(db, {
    id: offer.id,
    approvalRound: offer.approvalRound,
    application: { jobId },
  });
  const next = offer.status === "PENDING_APPROVAL" ? nextApprovalStep(steps) : null;
  const readsReview = can(actor, "offer.readExportReview");
  // Two reads, so the outcome and note are never selected for someone who may only know it is done.
  const details = readsReview
    ? await db.offerExportReview.findUnique({
        where: { offerId },
        select: { outcome: true, note: true, reviewedAt: true, reviewer: { select: { name: true, email: true } } },
      })
    : null;
  const done = details !== null || (await db.offerExportReview.count({ where: { offerId } })) > 0;
  const letter = await loadOfferLetter(db, offerId, readsReview ? "show" : "withhold");
  return {
    ...offer,
    steps,
    myTurn: next?.userId === actor.userId,
    exportReview: { done, details },
    canReview: can(actor, "offer.exportReview"),
    letter,
  };
}
