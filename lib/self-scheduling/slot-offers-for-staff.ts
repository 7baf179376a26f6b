import "server-only";
// The application's slot offers as schedulers see them, and withdrawing one not yet booked.
import type { Actor } from "@/lib/auth/actor";
import { applicationsVisibleTo, assertCan, can } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { isStorableText } from "@/lib/validations/storable-text";

/** Null for someone who may not offer slots: the section is not shown to them. */
export async function listSlotOffersForStaff({ actor, applicationId }: { actor: Actor; applicationId: string }) {
  if (!can(actor, "interview.offerSlots") || !isStorableText(applicationId)) return null;
  const offers = await db.slotOffer.findMany({
    where: { applicationId, application: applicationsVisibleTo(actor) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: {
      id: true,
      title: true,
      status: true,
      durationMinutes: true,
      timeZone: true,
      createdAt: true,
      offeredBy: { select: { name: true, email: true } },
      interview: { select: { startsAt: true, status: true } },
      panel: { orderBy: { userId: "asc" }, select: { user: { select: { name: true, email: true } } } },
      _count: { select: { slots: true } },
    },
  });
  return offers.map((offer) => ({
    id: offer.id,
    title: offer.title,
    status: offer.status,
    durationMinutes: offer.durationMinutes,
    timeZone: offer.timeZone,
    createdAt: offer.createdAt,
    offeredBy: offer.offeredBy.name ?? offer.offeredBy.email,
    panel: offer.panel.map((seat) => seat.user.name ?? seat.user.email),
    slotCount: offer._count.slots,
    bookedAt: offer.status === "BOOKED" && offer.interview?.status === "SCHEDULED" ? offer.interview.startsAt : null,
  }));
}

export type StaffSlotOffer = NonNullable<Awaited<ReturnType<typeof listSlotOffersForStaff>>>[number];

const NOT_FOUND = "That offer of times does not exist or is not visible to you.";

/** Takes back times not yet booked: the candidate's status page stops showing them. */
export async function withdrawSlotOffer({ actor, offerId }: { actor: Actor; offerId: string }) {
  assertCan(actor, "interview.offerSlots");
  return db.$transaction(async (tx) => {
    const offer = await tx.slotOffer.findFirst({
      where: { id: offerId, application: applicationsVisibleTo(actor) },
      select: { id: true, applicationId: true },
    });
    if (!offer) throw new AppError("NOT_FOUND", NOT_FOUND);
    // Only an open offer: a booking that commits meanwhile keeps its interview (cancel that instead).
    const withdrawn = await tx.$executeRaw`
      UPDATE "SlotOffer" SET "status" = 'WITHDRAWN', "updatedAt" = now() WHERE "id" = ${offer.id} AND "status" = 'OPEN'`;
    if (withdrawn === 0)
      throw new AppError("CONFLICT", "The candidate has already booked a time: cancel the interview instead.");
    await recordAuditEvent(tx, {
      actor,
      action: "interview.slotOfferWithdrawn",
      subjectType: "application",
      subjectId: offer.applicationId,
      metadata: { slotOfferId: offer.id },
    });
    return { applicationId: offer.applicationId };
  });
}
