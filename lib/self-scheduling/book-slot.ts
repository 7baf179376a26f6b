import "server-only";
// The candidate books, moves or cancels their own interview from the status page. The status
// link is their only credential: it reaches the offers of its own application and nothing else.
import { requireStatusLinkHolder } from "@/lib/candidate-rights/status-link";
import { CandidateRefusal } from "@/lib/candidate-rights/candidate-refusal";
import { db, type DbTransaction } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordInterviewChange } from "@/lib/interviews/interview-audit";
import { loadInvitationContext, panelMemberSelect, type PanelMember } from "@/lib/interviews/interview-context";
import {
  interviewSnapshotSelect,
  queueCandidateInterviewEmail,
  queuePanelistInterviewEmail,
  type InterviewSnapshot,
} from "@/lib/interviews/interview-emails";
import { newCalendarUid } from "@/lib/interviews/schedule-interview";
import { overlapsBusy } from "./compute-slots";
import { busyTimeOf, lockPanel } from "./panel-availability";

const HOUR = 60 * 60 * 1000;
const CANDIDATE = { kind: "candidate" } as const;
export const SLOT_TAKEN = "Someone else booked that time a moment ago. Please choose another of the times below.";

export type BookingResult = { interviewId: string; emailIds: string[]; rescheduled: boolean };

/** The offer, locked for this transaction, when it belongs to the link's application. */
async function lockOwnOffer(tx: DbTransaction, applicationId: string, offerId: string) {
  const locked = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM "SlotOffer" WHERE "id" = ${offerId} AND "applicationId" = ${applicationId} FOR UPDATE`;
  if (locked.length === 0) throw new CandidateRefusal("NOT_FOUND", "slotUnknown");
  return tx.slotOffer.findUniqueOrThrow({
    where: { id: offerId },
    select: {
      id: true,
      status: true,
      applicationId: true,
      planItemId: true,
      title: true,
      durationMinutes: true,
      timeZone: true,
      location: true,
      videoUrl: true,
      offeredById: true,
      job: { select: { selfScheduleCutoffHours: true } },
      panel: { orderBy: { userId: "asc" }, select: { user: { select: panelMemberSelect } } },
      interview: { select: { id: true, startsAt: true, status: true } },
    },
  });
}

type OwnOffer = Awaited<ReturnType<typeof lockOwnOffer>>;

/** The interview booked from this offer, while it still takes place (staff may have cancelled it). */
const bookedInterviewOf = (offer: OwnOffer) =>
  offer.status === "BOOKED" && offer.interview?.status === "SCHEDULED" ? offer.interview : null;

function assertBeforeCutoff(
  offer: OwnOffer,
  startsAt: Date,
  now: Date,
  what: "tooLateToChange" | "tooLateToBook" | "tooLateToCancel",
) {
  const hours = offer.job.selfScheduleCutoffHours;
  if (startsAt.getTime() - now.getTime() < hours * HOUR) throw new CandidateRefusal("VALIDATION", what, { hours });
}

async function queueEmails(
  tx: DbTransaction,
  interview: InterviewSnapshot,
  applicationId: string,
  panel: PanelMember[],
  change: "invitation" | "update" | "cancellation",
): Promise<string[]> {
  const context = await loadInvitationContext(tx, applicationId);
  const ids: string[] = [];
  const candidateEmail = await queueCandidateInterviewEmail(tx, { interview, context, change });
  if (candidateEmail) ids.push(candidateEmail);
  for (const member of panel) {
    ids.push(await queuePanelistInterviewEmail(tx, { interview, context, member, panel, change }));
  }
  return ids;
}

/**
 * Books the chosen slot (or moves a booked interview to it, before the job's cut-off). The panel
 * members' rows are locked first, then their interviews read as busy time, so of two candidates
 * picking the same time one books and the other is told it was taken: SLOT_TAKEN, a CONFLICT.
 */
export async function bookSlot({
  statusToken,
  slotId,
  now = new Date(),
}: {
  statusToken: string;
  slotId: string;
  now?: Date;
}): Promise<BookingResult> {
  return db.$transaction(async (tx) => {
    const holder = await requireStatusLinkHolder(tx, statusToken);
    const slot = await tx.offeredSlot.findFirst({
      where: { id: slotId, offer: { applicationId: holder.applicationId } },
      select: { offerId: true, startsAt: true },
    });
    if (!slot) throw new CandidateRefusal("NOT_FOUND", "slotUnknown");
    const offer = await lockOwnOffer(tx, holder.applicationId, slot.offerId);
    if (offer.status === "WITHDRAWN") throw new CandidateRefusal("NOT_FOUND", "slotUnknown");
    const context = await tx.application.findUniqueOrThrow({
      where: { id: holder.applicationId },
      select: { status: true },
    });
    if (context.status !== "ACTIVE") throw new CandidateRefusal("VALIDATION", "bookingClosed");
    const current = bookedInterviewOf(offer);
    if (current?.startsAt.getTime() === slot.startsAt.getTime())
      throw new CandidateRefusal("VALIDATION", "alreadyBooked");
    if (current) assertBeforeCutoff(offer, current.startsAt, now, "tooLateToChange");
    assertBeforeCutoff(offer, slot.startsAt, now, "tooLateToBook");

    const panel = offer.panel.map((seat) => seat.user);
    const ids = panel.map((member) => member.id);
    // Locks in the order staff changes take them (the interview, then its people): no deadlock.
    if (current) await tx.$queryRaw`SELECT "id" FROM "Interview" WHERE "id" = ${current.id} FOR UPDATE`;
    await lockPanel(tx, ids);
    const end = slot.startsAt.getTime() + offer.durationMinutes * 60_000;
    const busy = await busyTimeOf(tx, ids, { start: slot.startsAt.getTime(), end }, { exceptInterviewId: current?.id });
    if (ids.some((id) => overlapsBusy(slot.startsAt, offer.durationMinutes, busy.get(id) ?? [])))
      throw new AppError("CONFLICT", SLOT_TAKEN);

    const interview = current
      ? await tx.interview.update({
          where: { id: current.id },
          data: { startsAt: slot.startsAt, calendarSequence: { increment: 1 } },
          select: interviewSnapshotSelect,
        })
      : await tx.interview.create({
          data: {
            applicationId: offer.applicationId,
            planItemId: offer.planItemId,
            title: offer.title,
            startsAt: slot.startsAt,
            durationMinutes: offer.durationMinutes,
            timeZone: offer.timeZone,
            location: offer.location,
            videoUrl: offer.videoUrl,
            calendarUid: newCalendarUid(),
            scheduledById: offer.offeredById,
            panel: { create: ids.map((userId) => ({ userId })) },
          },
          select: interviewSnapshotSelect,
        });
    await tx.slotOffer.update({
      where: { id: offer.id },
      data: { status: "BOOKED", interviewId: interview.id },
      select: { id: true },
    });
    const change = current ? "rescheduled" : "scheduled";
    await recordInterviewChange(tx, { actor: CANDIDATE, applicationId: offer.applicationId, change, interview });
    const emailIds = await queueEmails(tx, interview, offer.applicationId, panel, current ? "update" : "invitation");
    return { interviewId: interview.id, emailIds, rescheduled: current !== null };
  });
}

/** Cancels the candidate's booked interview before the cut-off; the offer's times open again. */
export async function cancelBooking({
  statusToken,
  offerId,
  now = new Date(),
}: {
  statusToken: string;
  offerId: string;
  now?: Date;
}): Promise<{ emailIds: string[] }> {
  return db.$transaction(async (tx) => {
    const holder = await requireStatusLinkHolder(tx, statusToken);
    const offer = await lockOwnOffer(tx, holder.applicationId, offerId);
    const current = bookedInterviewOf(offer);
    if (!current) throw new CandidateRefusal("VALIDATION", "nothingToCancel");
    assertBeforeCutoff(offer, current.startsAt, now, "tooLateToCancel");
    const interview = await tx.interview.update({
      where: { id: current.id },
      data: { status: "CANCELLED", cancelledAt: now, calendarSequence: { increment: 1 } },
      select: interviewSnapshotSelect,
    });
    await tx.slotOffer.update({
      where: { id: offer.id },
      data: { status: "OPEN", interviewId: null },
      select: { id: true },
    });
    await recordInterviewChange(tx, {
      actor: CANDIDATE,
      applicationId: offer.applicationId,
      change: "cancelled",
      interview,
    });
    const panel = offer.panel.map((seat) => seat.user);
    return { emailIds: await queueEmails(tx, interview, offer.applicationId, panel, "cancellation") };
  });
}
