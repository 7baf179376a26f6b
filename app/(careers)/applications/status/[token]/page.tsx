import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { InterviewBookingSection } from "@/components/candidate-status/interview-booking-section";
import { isDoneMessage, StatusPage } from "@/components/candidate-status/status-page";
import { getApplicationStatusByToken } from "@/lib/candidate-rights/get-application-status";
import { readStatusPageLanguage, statusPageMetadata } from "@/lib/candidate-rights/read-status-page-language";
import { loadSlotOffersForCandidate } from "@/lib/self-scheduling/slot-offers-for-candidate";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ token: string }>; searchParams: Promise<{ done?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return statusPageMetadata((await params).token, "status.page");
}

export default async function ApplicationStatusPage({ params, searchParams }: Props) {
  const [{ token }, { done }] = await Promise.all([params, searchParams]);
  const locale = await readStatusPageLanguage(token);
  setRequestLocale(locale);
  const view = await getApplicationStatusByToken(token);
  if (!view) notFound();
  const booking = await loadSlotOffersForCandidate(token);
  return (
    <StatusPage
      view={view}
      token={token}
      locale={locale}
      done={isDoneMessage(done) ? done : null}
      interviewBooking={<InterviewBookingSection booking={booking} token={token} />}
    />
  );
}
