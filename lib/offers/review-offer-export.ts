import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { ExportReviewInput } from "./schema";
import { bumped, lockOfferFor, UNRELEASED } from "./offer-records";

/**
 * The export-control review of an export-controlled job's offer, by someone who reads the
 * candidate's export-control answer. A later review replaces the earlier one until release.
 */
export async function reviewOfferExport({ actor, input }: { actor: Actor; input: ExportReviewInput }) {
  return db.$transaction(async (tx) => {
    const offer = await lockOfferFor(tx, { actor, action: "offer.exportReview", ...input });
    if (!offer.application.job.exportControlled)
      throw new AppError("VALIDATION", "This job is not marked as involving export-controlled technology.");
    if (!(UNRELEASED as readonly string[]).includes(offer.status))
      throw new AppError("VALIDATION", "This offer was already released or closed.");
    const review = { outcome: input.outcome, note: input.note, reviewerId: actor.userId, reviewedAt: new Date() };
    await tx.offerExportReview.upsert({
      where: { offerId: offer.id },
      create: { offerId: offer.id, ...review },
      update: review,
      select: { offerId: true },
    });
    await tx.offer.update({ where: { id: offer.id }, data: bumped(offer), select: { id: true } });
    await recordAuditEvent(tx, {
      actor,
      action: "offer.exportReviewed",
      subjectType: "application",
      subjectId: offer.applicationId,
      metadata: { offerId: offer.id, outcome: input.outcome },
    });
  });
}
