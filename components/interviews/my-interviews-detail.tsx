import { ProfileSection } from "@/components/candidate-profile/profile-section";
import { OthersScorecards } from "@/components/scorecards/others-scorecards";
import { ScorecardPanel } from "@/components/scorecards/scorecard-panel";
import type { InterviewView } from "@/lib/scorecards/load-interview-view";
import { InterviewPacketBody, InterviewPacketHeader } from "./my-interviews-packet";

/** One interview: the packet beside the actor's scorecard and the feedback they may read. */
export function MyInterviewDetail({ view, authorId }: { view: InterviewView; authorId: string }) {
  const { packet, scorecards, myScorecard } = view;
  const focus = new Set(packet.plan?.focus.map((attribute) => attribute.id) ?? []);
  const attributes = scorecards.attributes.map((attribute) => ({ ...attribute, focus: focus.has(attribute.id) }));
  return (
    <div className="space-y-8">
      <InterviewPacketHeader packet={packet} />
      <div className="grid items-start gap-8 lg:grid-cols-2">
        <div className="space-y-6 lg:order-2">
          {myScorecard && (
            <ProfileSection id="my-scorecard" title="Your scorecard">
              {attributes.length === 0 ? (
                <p className="text-ink-muted">
                  This job has no scorecard attributes yet. Ask a recruiter to add them to the job.
                </p>
              ) : (
                <ScorecardPanel
                  interviewId={packet.interview.id}
                  authorId={authorId}
                  attributes={attributes}
                  initial={myScorecard}
                />
              )}
            </ProfileSection>
          )}
          <ProfileSection id="feedback" title={myScorecard ? "Other interviewers' feedback" : "Interviewers' feedback"}>
            <OthersScorecards scorecards={scorecards} />
          </ProfileSection>
        </div>
        <div className="lg:order-1">
          <InterviewPacketBody packet={packet} />
        </div>
      </div>
    </div>
  );
}
