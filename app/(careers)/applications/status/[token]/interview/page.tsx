import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { InterviewBooking } from "@/components/candidate-status/interview-booking";
import { StatusFrame } from "@/components/candidate-status/status-frame";
import { Alert } from "@/components/ui/alert";
import { getApplicationStatusByToken } from "@/lib/candidate-rights/get-application-status";
import { readStatusPageLanguage, statusPageMetadata } from "@/lib/candidate-rights/read-status-page-language";
import { isTimeZone } from "@/lib/interviews/time-zones";
import { loadSlotOffersForCandidate } from "@/lib/self-scheduling/slot-offers-for-candidate";
import { bookSlotAction, cancelBookingAction } from "./actions";

export const dynamic = "force-dynamic";

// The ?outcome= of a booking, its tone; the words are status.json's booking.<outcome>.
const OUTCOMES = { booked: "success", moved: "success", cancelled: "success", taken: "warning" } as const;

type Props = { params: Promise<{ token: string }>; searchParams: Promise<{ outcome?: string; tz?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return statusPageMetadata((await params).token, "status.booking");
}

export default async function InterviewBookingPage({ params, searchParams }: Props) {
  const [{ token }, { outcome, tz }] = await Promise.all([params, searchParams]);
  const locale = await readStatusPageLanguage(token);
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "status.booking" });
  const view = await getApplicationStatusByToken(token);
  const booking = view && (await loadSlotOffersForCandidate(token));
  if (!view || !booking) notFound();
  const shown =
    typeof outcome === "string" && Object.hasOwn(OUTCOMES, outcome)
      ? { variant: OUTCOMES[outcome as keyof typeof OUTCOMES], text: t(outcome as keyof typeof OUTCOMES) }
      : null;
  return (
    <StatusFrame
      organizationName={view.organizationName}
      locale={locale}
      path={`/applications/status/${token}/interview`}
      title={t("title")}
      subtitle={`${view.jobTitle} · ${view.reference}`}
      backHref={`/applications/status/${token}`}
    >
      {shown && (
        <Alert variant={shown.variant} title={shown.variant === "success" ? t("doneTitle") : t("takenTitle")}>
          {shown.text}
        </Alert>
      )}
      {!booking.isActive ? (
        <p className="text-ink">{t("closed")}</p>
      ) : booking.offers.length === 0 ? (
        <p className="text-ink">{t("none")}</p>
      ) : (
        <InterviewBooking
          offers={booking.offers}
          cutoffHours={booking.cutoffHours}
          chosenTimeZone={typeof tz === "string" && isTimeZone(tz) ? tz : null}
          book={bookSlotAction.bind(null, token)}
          cancel={cancelBookingAction.bind(null, token)}
        />
      )}
    </StatusFrame>
  );
}
