import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CandidateProfile } from "@/components/candidate-profile/candidate-profile";
import { ApplicationInterviews } from "@/components/interviews/application-interviews";
import { ApplicationSlotOffers } from "@/components/self-scheduling/application-slot-offers";
import { Container } from "@/components/ui/container";
import { MainContent } from "@/components/ui/main-content";
import { requireActorForPage } from "@/lib/auth/session";
import { loadCandidateProfileView } from "@/lib/candidates/load-candidate-profile-view";
import { AppError } from "@/lib/errors";
import { loadApplicationInterviews } from "@/lib/interviews/load-application-interviews";
import { listSlotOffersForStaff } from "@/lib/self-scheduling/slot-offers-for-staff";

export const dynamic = "force-dynamic";
// The candidate's name stays out of the title (browser history, shared screens).
export const metadata: Metadata = {
  title: "Candidate profile",
  robots: { index: false, follow: false },
  referrer: "no-referrer",
};

type Props = { params: Promise<{ applicationId: string }> };

export default async function CandidateProfilePage({ params }: Props) {
  const actor = await requireActorForPage();
  const { applicationId } = await params;
  const view = await loadCandidateProfileView({ actor, applicationId }).catch((error: unknown) => {
    if (error instanceof AppError && (error.code === "NOT_FOUND" || error.code === "FORBIDDEN")) notFound();
    throw error;
  });
  // After the profile (which 404s first), one query after another for the embedded database.
  const interviews = await loadApplicationInterviews({ actor, applicationId });
  const slotOffers = await listSlotOffersForStaff({ actor, applicationId });
  return (
    <MainContent>
      <Container width="wide" className="py-8">
        <CandidateProfile
          view={view}
          interviews={
            <>
              <ApplicationInterviews applicationId={applicationId} section={interviews} />
              {slotOffers && (
                <ApplicationSlotOffers applicationId={applicationId} offers={slotOffers} options={interviews.options} />
              )}
            </>
          }
        />
      </Container>
    </MainContent>
  );
}
