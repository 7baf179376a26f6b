import Link from "next/link";
import { useTranslations } from "next-intl";
import type { CandidateSlotOffers } from "@/lib/self-scheduling/slot-offers-for-candidate";

/** On the status page: a way to the times offered, when there are some to choose or a booking to change. */
export function InterviewBookingSection({ booking, token }: { booking: CandidateSlotOffers | null; token: string }) {
  const t = useTranslations("status.booking");
  if (!booking?.isActive) return null;
  const toChoose = booking.offers.filter((offer) => !offer.booked && offer.slots.length > 0);
  const changeable = booking.offers.filter((offer) => offer.booked?.changeable);
  if (toChoose.length === 0 && changeable.length === 0) return null;
  return (
    <section aria-labelledby="booking-heading" className="space-y-3 rounded-lg border border-brand bg-brand-soft p-5">
      <h2 id="booking-heading" className="text-xl font-semibold text-ink">
        {toChoose.length > 0 ? t("chooseHeading") : t("bookedHeading")}
      </h2>
      <p className="text-ink">
        {toChoose.length > 0
          ? t("offered", { titles: toChoose.map((offer) => offer.title).join(t("and")) })
          : t("changeable", { hours: booking.cutoffHours })}
      </p>
      <Link href={`/applications/status/${token}/interview`} className="font-semibold text-brand underline">
        {toChoose.length > 0 ? t("chooseLink") : t("changeLink")}
      </Link>
    </section>
  );
}
