import Link from "next/link";
import type { ReactNode } from "react";
import { buttonStyles } from "@/components/ui/button";
import type { CandidateProfileView } from "@/lib/candidates/load-candidate-profile-view";
import { preferredFullName } from "@/lib/format/names";
import { applicationScorecardsPath } from "@/lib/paths/applications";
import { AccommodationCard } from "./accommodation-card";
import { AnswersCard } from "./answers-card";
import { ContactCard } from "./contact-card";
import { CoverLetterCard } from "./cover-letter-card";
import { DuplicatesPanel } from "./duplicates-panel";
import { EligibilityCard } from "./eligibility-card";
import { NoteForm } from "./note-form";
import { OtherApplicationsCard } from "./other-applications-card";
import { ProfileHeader } from "./profile-header";
import { ProfileSection } from "./profile-section";
import { ResumeViewer } from "./resume-viewer";
import { TagsCard } from "./tags-card";
import { Timeline } from "./timeline";

/** `interviews`: the Interviews section (components/interviews), loaded by the page. */
export function CandidateProfile({ view, interviews }: { view: CandidateProfileView; interviews?: ReactNode }) {
  const { profile, allowed } = view;
  const applicationId = profile.application.id;
  const name = preferredFullName(profile.candidate);
  return (
    <div className="space-y-6">
      <ProfileHeader profile={profile} />
      {allowed.decide && (
        <p>
          <Link href={applicationScorecardsPath(applicationId)} className={buttonStyles({ variant: "secondary" })}>
            Scorecards and decision
          </Link>
        </p>
      )}
      <div className="grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <div className="space-y-6">
          {interviews}
          <ResumeViewer applicationId={applicationId} resume={profile.resume} candidateName={name} />
          <AnswersCard answers={profile.answers} />
          <CoverLetterCard
            applicationId={applicationId}
            text={profile.coverLetterText}
            file={profile.coverLetterFile}
          />
          <ProfileSection id="activity" title="Notes and activity">
            <div className="space-y-6">
              {allowed.note && <NoteForm applicationId={applicationId} staff={view.mentionable} />}
              <Timeline entries={view.timeline} />
            </div>
          </ProfileSection>
        </div>
        <div className="space-y-6">
          <ContactCard candidate={profile.candidate} />
          {(allowed.tag || profile.tags.length > 0) && (
            <TagsCard
              applicationId={applicationId}
              tags={profile.tags}
              suggestions={view.tagNames}
              canTag={allowed.tag}
            />
          )}
          {view.eligibility && <EligibilityCard eligibility={view.eligibility} />}
          {allowed.accommodation && <AccommodationCard request={view.accommodation} />}
          <OtherApplicationsCard applications={profile.otherApplications} />
          <DuplicatesPanel
            applicationId={applicationId}
            keepCandidateId={profile.candidate.id}
            keepName={name}
            duplicates={view.duplicates}
            canMerge={allowed.merge}
          />
        </div>
      </div>
    </div>
  );
}
