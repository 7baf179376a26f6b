import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { authorizeApplications } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db, type DbTransaction } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { lockApplications } from "@/lib/pipeline/application-changes";
import type { OfferTermsInput } from "./schema";
import { bumped, lockOfferFor, OPEN_OFFER_STATUSES, UNRELEASED } from "./offer-records";
import { unknownLetterFields } from "./letter";
import { OFFER_TERMS_SELECT } from "./offer-terms";

const day = (value: string) => new Date(`${value}T00:00:00Z`);

/**
 * Drafts an offer, or changes one not yet released. A change of any term after someone approved
 * starts approval over (a new round; earlier approvals no longer count) and sends it back to
 * draft, so nothing reaches the candidate that every approver did not see.
 */
export async function saveOfferTerms({
  actor,
  input,
  now = new Date(),
}: {
  actor: Actor;
  input: OfferTermsInput;
  now?: Date;
}): Promise<{ offerId: string; restartedApproval: boolean }> {
  return db.$transaction(async (tx) => {
    const terms = await termsFrom(tx, input);
    if (!input.offerId)
      return { offerId: await draftOffer(tx, actor, input.applicationId, terms, now), restartedApproval: false };
    const offer = await lockOfferFor(tx, {
      actor,
      action: "offer.manage",
      offerId: input.offerId,
      expectedVersion: input.expectedVersion ?? -1,
    });
    if (offer.applicationId !== input.applicationId)
      throw new AppError("NOT_FOUND", "That offer is not this application's.");
    if (!(UNRELEASED as readonly string[]).includes(offer.status))
      throw new AppError("VALIDATION", "This offer was already released or closed: its terms can no longer change.");
    const current = await tx.offer.findUniqueOrThrow({ where: { id: offer.id }, select: termsSelect });
    const changed = Object.keys(terms).some(
      (key) => String(current[key as keyof typeof current]) !== String(terms[key as keyof typeof terms]),
    );
    if (!changed) return { offerId: offer.id, restartedApproval: false };
    const restartedApproval = offer.status !== "DRAFT" || offer.approvalRound > 1;
    await tx.offer.update({
      where: { id: offer.id },
      data: {
        ...terms,
        termsSetById: actor.userId,
        ...bumped(offer),
        // Any approval given so far was for other terms.
        approvalRound: offer.approvalRound + 1,
        status: "DRAFT",
      },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      actor,
      action: "offer.termsChanged",
      subjectType: "application",
      subjectId: offer.applicationId,
      metadata: { offerId: offer.id, previousStatus: offer.status, approvalRound: offer.approvalRound + 1 },
    });
    return { offerId: offer.id, restartedApproval };
  });
}

// The letter is part of the terms: another letter restarts approval as another amount does.
const termsSelect = { ...OFFER_TERMS_SELECT, letterVersionId: true } as const;

async function termsFrom(tx: DbTransaction, input: OfferTermsInput) {
  const letter = await tx.offerLetterTemplateVersion.findFirst({
    where: { templateId: input.letterTemplateId },
    orderBy: { version: "desc" },
    select: { id: true, body: true },
  });
  if (!letter)
    throw new AppError("VALIDATION", "Choose one of the offer letters.", { letterTemplateId: ["Choose a letter"] });
  const unknown = unknownLetterFields(letter.body);
  if (unknown.length > 0)
    throw new AppError("VALIDATION", `The letter uses unknown fields: ${unknown.join(", ")}. Fix the letter first.`, {
      letterTemplateId: ["This letter has unknown fields"],
    });
  return {
    baseAmount: input.baseAmount,
    currency: input.currency,
    payPeriod: input.payPeriod,
    bonus: input.bonus || null,
    equity: input.equity || null,
    startDate: day(input.startDate),
    workLocation: input.workLocation,
    employmentType: input.employmentType,
    expiresOn: day(input.expiresOn),
    letterVersionId: letter.id,
  };
}

async function draftOffer(
  tx: DbTransaction,
  actor: Actor,
  applicationId: string,
  terms: Awaited<ReturnType<typeof termsFrom>>,
  now: Date,
): Promise<string> {
  await authorizeApplications(tx, actor, "offer.manage", [applicationId]);
  const [application] = await lockApplications(tx, [applicationId]);
  if (!application || application.status !== "ACTIVE")
    throw new AppError("VALIDATION", "Only a candidate still in the pipeline can get an offer.");
  if (terms.expiresOn.getTime() < Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()))
    throw new AppError("VALIDATION", "The expiry date has passed.", { expiresOn: ["Choose a later date"] });
  const open = await tx.offer.count({ where: { applicationId, status: { in: [...OPEN_OFFER_STATUSES] } } });
  if (open > 0)
    throw new AppError("CONFLICT", "This candidate already has an open offer: change or withdraw it first.");
  const offer = await tx.offer.create({
    data: { applicationId, ...terms, createdById: actor.userId, termsSetById: actor.userId },
    select: { id: true },
  });
  await recordAuditEvent(tx, {
    actor,
    action: "offer.drafted",
    subjectType: "application",
    subjectId: applicationId,
    metadata: { offerId: offer.id },
  });
  return offer.id;
}
