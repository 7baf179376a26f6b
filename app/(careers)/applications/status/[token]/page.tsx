import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { InterviewBookingSection } from "@/components/candidate-status/interview-booking-section";
import { isDoneMessage, StatusPage } from "@/components/candidate-status/status-page";
import { getApplicationStatusByToken } from "@/lib/candidate-rights/get-application-status";
import { STATUS_LINK_METADATA } from "@/lib/candidate-rights/status-link-metadata";
import { loadSlotOffersForCandidate } from "@/lib/self-scheduling/slot-offers-for-candidate";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Your application", ...STATUS_LINK_METADATA };

type Props = { params: Promise<{ token: string }>; searchParams: Promise<{ done?: string }> };

export default async function ApplicationStatusPage({ params, searchParams }: Props) {
  const [{ token }, { done }] = await Promise.all([params, searchParams]);
  const view = await getApplicationStatusByToken(token);
  if (!view) notFound();
  const booking = await loadSlotOffersForCandidate(token);
  return (
    <StatusPage
      view={view}
      token={token}
      done={isDoneMessage(done) ? done : null}
      interviewBooking={<InterviewBookingSection booking={booking} token={token} />}
    />
  );
}
