import type { ApplicationSummary } from "@/lib/candidates/get-candidate-profile";
import { ApplicationList } from "./application-list";
import { ProfileSection } from "./profile-section";

export function OtherApplicationsCard({ applications }: { applications: ApplicationSummary[] }) {
  return (
    <ProfileSection id="other-applications" title="Other applications">
      {applications.length === 0 ? (
        <p className="text-sm text-ink-muted">No other applications from this person that you can see.</p>
      ) : (
        <ApplicationList applications={applications} />
      )}
    </ProfileSection>
  );
}
