import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { InterviewBooking } from "@/components/candidate-status/interview-booking";
import { StatusFrame } from "@/components/candidate-status/status-frame";
import { Alert } from "@/components/ui/alert";
import { getApplicationStatusByToken } from "@/lib/candidate-rights/get-application-status";
import { STATUS_LINK_METADATA } from "@/lib/candidate-rights/status-link-metadata";
import { isTimeZone } from "@/lib/interviews/time-zones";
import { SLOT_TAKEN } from "@/lib/self-scheduling/book-slot";
import { loadSlotOffersForCandidate } from "@/lib/self-scheduling/slot-offers-for-candidate";
import { bookSlotAction, cancelBookingAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Choose your interview time", ...STATUS_LINK_METADATA };

const OUTCOMES = {
  booked: { variant: "success", text: "Your interview is booked. We sent you an email with a calendar invitation." },
  moved: { variant: "success", text: "Your interview has moved. We sent you the updated calendar invitation." },
  cancelled: { variant: "success", text: "Your interview is cancelled. You can choose another of the times below." },
  taken: { variant: "warning", text: SLOT_TAKEN },
} as const;

type Props = { params: Promise<{ token: string }>; searchParams: Promise<{ outcome?: string; tz?: string }> };

export default async function InterviewBookingPage({ params, searchParams }: Props) {
  const [{ token }, { outcome, tz }] = await Promise.all([params, searchParams]);
  const view = await getApplicationStatusByToken(token);
  const booking = view && (await loadSlotOffersForCandidate(token));
  if (!view || !booking) notFound();
  const shown = typeof outcome === "string" && outcome in OUTCOMES ? OUTCOMES[outcome as keyof typeof OUTCOMES] : null;
  return (
    <StatusFrame
      organizationName={view.organizationName}
      title="Choose your interview time"
      subtitle={`${view.jobTitle} · ${view.reference}`}
      backHref={`/applications/status/${token}`}
    >
      {shown && (
        <Alert variant={shown.variant} title={shown.variant === "success" ? "Done" : "That time is no longer free"}>
          {shown.text}
        </Alert>
      )}
      {!booking.isActive ? (
        <p className="text-ink">This application is closed, so there is no interview to book.</p>
      ) : booking.offers.length === 0 ? (
        <p className="text-ink">
          There are no interview times to choose at the moment. We will email you when there are.
        </p>
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
