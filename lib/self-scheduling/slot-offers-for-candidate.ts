import "server-only";
// What the status page shows of the times offered: never who is on the panel, only the times
// still free for all of them, in ISO form for the browser to show in the candidate's own zone and
// the page's language (lib/self-scheduling/format-slot.ts).
import { findStatusLinkHolder } from "@/lib/candidate-rights/status-link";
import { db } from "@/lib/db";
import { overlapsBusy } from "./compute-slots";
import { busyTimeOf } from "./panel-availability";

const HOUR = 60 * 60 * 1000;

export async function loadSlotOffersForCandidate(statusToken: string, now = new Date()) {
  const holder = await findStatusLinkHolder(db, statusToken, now);
  if (!holder) return null;
  const application = await db.application.findUniqueOrThrow({
    where: { id: holder.applicationId },
    select: { status: true, job: { select: { selfScheduleCutoffHours: true } } },
  });
  const cutoffHours = application.job.selfScheduleCutoffHours;
  const offers = await db.slotOffer.findMany({
    where: { applicationId: holder.applicationId, status: { in: ["OPEN", "BOOKED"] } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      title: true,
      status: true,
      durationMinutes: true,
      timeZone: true,
      location: true,
      videoUrl: true,
      interview: { select: { id: true, startsAt: true, status: true } },
      panel: { orderBy: { userId: "asc" }, select: { userId: true } },
      slots: { orderBy: [{ startsAt: "asc" }, { id: "asc" }], select: { id: true, startsAt: true } },
    },
  });
  const earliest = now.getTime() + cutoffHours * HOUR;
  const shaped = [];
  for (const offer of offers) {
    const booked = offer.status === "BOOKED" && offer.interview?.status === "SCHEDULED" ? offer.interview : null;
    const ahead = offer.slots.filter((slot) => slot.startsAt.getTime() >= earliest);
    const last = ahead.at(-1);
    const ids = offer.panel.map((seat) => seat.userId);
    const busy =
      ahead.length > 0 && last
        ? await busyTimeOf(
            db,
            ids,
            { start: ahead[0]!.startsAt.getTime(), end: last.startsAt.getTime() + offer.durationMinutes * 60_000 },
            { exceptInterviewId: booked?.id },
          )
        : new Map();
    const free = ahead.filter(
      (slot) =>
        slot.startsAt.getTime() !== booked?.startsAt.getTime() &&
        !ids.some((id) => overlapsBusy(slot.startsAt, offer.durationMinutes, busy.get(id) ?? [])),
    );
    shaped.push({
      id: offer.id,
      title: offer.title,
      durationMinutes: offer.durationMinutes,
      defaultTimeZone: offer.timeZone,
      where: offer.location,
      videoCall: offer.videoUrl !== null,
      booked: booked && {
        startsAt: booked.startsAt.toISOString(),
        changeable: booked.startsAt.getTime() >= earliest,
      },
      slots: free.map((slot) => ({ id: slot.id, startsAt: slot.startsAt.toISOString() })),
    });
  }
  return { isActive: application.status === "ACTIVE", cutoffHours, offers: shaped };
}

export type CandidateSlotOffers = NonNullable<Awaited<ReturnType<typeof loadSlotOffersForCandidate>>>;
export type CandidateSlotOffer = CandidateSlotOffers["offers"][number];
