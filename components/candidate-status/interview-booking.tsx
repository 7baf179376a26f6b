"use client";
import { useLocale, useTranslations } from "next-intl";
import { useActionState, useId, useState, useSyncExternalStore } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/select";
import { formatDuration } from "@/lib/interviews/format-interview-time";
import { isTimeZone, timeZoneLabel, timeZoneOptions } from "@/lib/interviews/time-zones";
import { slotClock, slotDay, slotLabel } from "@/lib/self-scheduling/format-slot";
import type { CandidateSlotOffer } from "@/lib/self-scheduling/slot-offers-for-candidate";

const subscribeToNothing = () => () => {};
function detectBrowserZone(): string | null {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return zone && isTimeZone(zone) ? zone : null;
}

export type BookingState = { ok: false; message: string } | null;
type FormAction = (previous: BookingState, form: FormData) => Promise<BookingState>;

type Props = {
  offers: CandidateSlotOffer[];
  cutoffHours: number;
  /** The zone from the address (kept across a refused booking), else the browser's is used. */
  chosenTimeZone: string | null;
  book: FormAction;
  cancel: FormAction;
};

/** The times offered, shown in the candidate's own zone (switchable); one radio group per interview. */
export function InterviewBooking({ offers, cutoffHours, chosenTimeZone, book, cancel }: Props) {
  const fallback = offers[0]?.defaultTimeZone ?? "UTC";
  // Drawn first in the interview's zone on the server; the browser then knows the candidate's own.
  const browserZone = useSyncExternalStore(subscribeToNothing, detectBrowserZone, () => null);
  const [picked, setPicked] = useState<string | null>(chosenTimeZone);
  const timeZone = picked ?? browserZone ?? fallback;
  const zoneId = useId();
  const t = useTranslations("status.booking");
  return (
    <div className="space-y-8">
      <div className="max-w-sm">
        <label htmlFor={zoneId} className="block font-semibold text-ink">
          {t("showTimesIn")}
        </label>
        <Select id={zoneId} value={timeZone} onChange={(event) => setPicked(event.target.value)}>
          {timeZoneOptions(timeZone, fallback).map((zone) => (
            <option key={zone} value={zone}>
              {timeZoneLabel(zone)}
            </option>
          ))}
        </Select>
      </div>
      {offers.map((offer) => (
        <OfferSection
          key={offer.id}
          offer={offer}
          timeZone={timeZone}
          cutoffHours={cutoffHours}
          book={book}
          cancel={cancel}
        />
      ))}
    </div>
  );
}

function OfferSection({
  offer,
  timeZone,
  cutoffHours,
  book,
  cancel,
}: {
  offer: CandidateSlotOffer;
  timeZone: string;
  cutoffHours: number;
  book: FormAction;
  cancel: FormAction;
}) {
  const [bookState, bookAction, booking] = useActionState(book, null);
  const [cancelState, cancelAction, cancelling] = useActionState(cancel, null);
  const headingId = useId();
  const t = useTranslations("status.booking");
  // The page's language (the status-link layout's ClientMessages), for the days, clocks and the length.
  const language = useLocale();
  const days = new Map<string, CandidateSlotOffer["slots"]>();
  for (const slot of offer.slots) {
    const day = slotDay(slot.startsAt, timeZone, language);
    days.set(day, [...(days.get(day) ?? []), slot]);
  }
  const where = offer.where ? t("where", { place: offer.where }) : offer.videoCall ? t("byVideo") : "";
  const canPick = !offer.booked || offer.booked.changeable;
  return (
    <section aria-labelledby={headingId} className="space-y-4 rounded-lg border border-line bg-surface p-5">
      <div>
        <h2 id={headingId} className="text-xl font-semibold text-ink">
          {offer.title}
        </h2>
        <p className="text-ink">
          {formatDuration(offer.durationMinutes, language)} {where}
        </p>
      </div>
      {offer.booked && (
        <Alert variant="success" live="off" title={t("bookedTitle")}>
          <p data-testid="booked-time">{slotLabel(offer.booked.startsAt, offer.durationMinutes, timeZone, language)}</p>
          <p className="mt-1">
            {offer.booked.changeable ? t("changeableUntil", { hours: cutoffHours }) : t("tooClose")}
          </p>
        </Alert>
      )}
      {offer.booked?.changeable && (
        <form action={cancelAction}>
          <input type="hidden" name="offerId" value={offer.id} />
          <input type="hidden" name="timeZone" value={timeZone} />
          {cancelState && (
            <Alert variant="danger" className="mb-3">
              {cancelState.message}
            </Alert>
          )}
          <Button type="submit" variant="secondary" disabled={cancelling}>
            {cancelling ? t("cancelling") : t("cancelButton")}
          </Button>
        </form>
      )}
      {canPick &&
        (offer.slots.length === 0 ? (
          <p className="text-ink">{t("noneFree")}</p>
        ) : (
          <form action={bookAction} className="space-y-4">
            <input type="hidden" name="timeZone" value={timeZone} />
            {bookState && <Alert variant="danger">{bookState.message}</Alert>}
            <fieldset className="space-y-4">
              <legend className="font-semibold text-ink">{offer.booked ? t("moveLegend") : t("chooseLegend")}</legend>
              {[...days].map(([day, slots]) => (
                <div key={day} role="group" aria-label={day} className="space-y-2">
                  <p aria-hidden="true" className="font-medium text-ink">
                    {day}
                  </p>
                  <div className="flex flex-wrap gap-2">
                    {slots.map((slot) => (
                      <label
                        key={slot.id}
                        className="flex min-h-11 cursor-pointer items-center gap-2 rounded-md border border-line px-3 py-2 has-[:checked]:border-brand has-[:checked]:bg-brand-soft"
                      >
                        <input type="radio" name="slotId" value={slot.id} required className="size-5" />
                        <span aria-hidden="true">
                          {slotClock(slot.startsAt, offer.durationMinutes, timeZone, language)}
                        </span>
                        <span className="sr-only">
                          {slotLabel(slot.startsAt, offer.durationMinutes, timeZone, language)}
                        </span>
                      </label>
                    ))}
                  </div>
                </div>
              ))}
            </fieldset>
            <Button type="submit" disabled={booking}>
              {booking ? t("booking") : offer.booked ? t("moveButton") : t("bookButton")}
            </Button>
          </form>
        ))}
    </section>
  );
}
