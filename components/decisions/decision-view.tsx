import Link from "next/link";
import { ProfileSection } from "@/components/candidate-profile/profile-section";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import type { DecisionView as DecisionViewData } from "@/lib/decisions/get-decision-view";
import { preferredFullName } from "@/lib/format/names";
import { applicationProfilePath } from "@/lib/paths/applications";
import { interviewPacketPath } from "@/lib/paths/interviews";
import { offerPath } from "@/lib/paths/offers";
import { APPLICATION_STATUS_LABELS, APPLICATION_STATUS_TONES } from "@/lib/pipeline/labels";
import { DecisionForm } from "./decision-form";
import { OutstandingList } from "./outstanding-list";
import { PastDecisions } from "./past-decisions";
import { RecommendationsSummary } from "./recommendations-summary";
import { ScorecardGrid } from "./scorecard-grid";
import { TakeawaysList } from "./takeaways-list";

/** The hiring manager's and recruiter's page: every scorecard side by side, then the decision. */
export function DecisionView({ view }: { view: DecisionViewData }) {
  const { application } = view;
  const { candidate } = application;
  const name = preferredFullName(candidate);
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <p className="flex flex-wrap gap-4">
          <Link href={applicationProfilePath(application.id)} className="text-brand underline">
            Back to {name}&rsquo;s profile
          </Link>
          <Link href={offerPath(application.id)} className="text-brand underline">
            Offer
          </Link>
        </p>
        <h1 className="text-3xl font-bold text-ink">Scorecards and decision: {name}</h1>
        <p className="text-lg text-ink">
          {application.job.title} · <span className="font-semibold">{application.stage.name}</span>{" "}
          <Badge variant={APPLICATION_STATUS_TONES[application.status]}>
            {APPLICATION_STATUS_LABELS[application.status]}
          </Badge>
        </p>
      </header>

      {view.blind && <BlindNotice interviewIds={view.blind.interviewIds} />}

      <ProfileSection id="grid" title="Ratings by attribute">
        <ScorecardGrid attributes={view.attributes} scorecards={view.scorecards} />
      </ProfileSection>
      <div className="grid gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <div className="space-y-6">
          <ProfileSection id="takeaways" title="Key take-aways">
            <TakeawaysList attributes={view.attributes} scorecards={view.scorecards} />
          </ProfileSection>
          <ProfileSection id="decide" title="Decision">
            <DecisionForm
              application={application}
              targets={view.targets}
              rejectionOptions={view.rejectionOptions}
              senderName={view.senderName}
            />
          </ProfileSection>
        </div>
        <div className="space-y-6">
          <ProfileSection id="recommendations" title="Recommendations">
            <RecommendationsSummary scorecards={view.scorecards} />
          </ProfileSection>
          <ProfileSection id="outstanding" title="Scorecards still owed">
            <OutstandingList outstanding={view.outstanding} />
          </ProfileSection>
          <ProfileSection id="decisions" title="Past decisions">
            <PastDecisions decisions={view.decisions} />
          </ProfileSection>
        </div>
      </div>
    </div>
  );
}

function BlindNotice({ interviewIds }: { interviewIds: string[] }) {
  return (
    <Alert variant="info" live="off" title="Feedback is hidden until you submit your own scorecard">
      <p>
        You are on this candidate&rsquo;s interview panel. So that your feedback is not shaped by what others wrote, you
        see the other scorecards only after you submit yours.
      </p>
      {interviewIds.length > 0 && (
        <ul className="mt-2 list-disc pl-5">
          {interviewIds.map((id, index) => (
            <li key={id}>
              <Link href={interviewPacketPath(id)} className="text-brand underline">
                Write your scorecard{interviewIds.length > 1 ? ` (interview ${index + 1})` : ""}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </Alert>
  );
}
