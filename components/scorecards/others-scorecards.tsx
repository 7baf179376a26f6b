import { Alert } from "@/components/ui/alert";
import { formatDateTime } from "@/lib/format/dates";
import type { ApplicationScorecards } from "@/lib/scorecards/get-scorecards-for-application";
import { EditedAfterReveal } from "./edited-after-reveal";
import { ScorecardDetails } from "./scorecard-details";

/**
 * The other interviewers' submitted scorecards for this application, or why they are not shown.
 * The server decided what is here (getScorecardsForApplication): this only lays it out.
 */
export function OthersScorecards({ scorecards }: { scorecards: ApplicationScorecards }) {
  return (
    <div className="space-y-5">
      {scorecards.access.readOthers ? (
        <SubmittedList scorecards={scorecards} />
      ) : (
        <BlindNotice scorecards={scorecards} />
      )}
      <PendingList pending={scorecards.pending} />
    </div>
  );
}

function BlindNotice({ scorecards }: { scorecards: ApplicationScorecards }) {
  if (scorecards.opensAfterSubmitting) {
    return (
      <Alert variant="info" live="off" title="You'll see the other interviewers' feedback after you submit yours." />
    );
  }
  if (scorecards.onPanel && !scorecards.roleReadsNone) {
    return (
      <Alert variant="info" live="off" title="On this job, interviewers do not see each other's feedback.">
        The hiring manager and recruiters read every scorecard side by side.
      </Alert>
    );
  }
  return <Alert variant="info" live="off" title="Scorecards are not shown to your role." />;
}

function SubmittedList({ scorecards }: { scorecards: ApplicationScorecards }) {
  if (scorecards.others.length === 0)
    return <p className="text-ink-muted">No other interviewer has submitted a scorecard yet.</p>;
  return (
    <ul className="space-y-6" aria-label="Other interviewers' scorecards">
      {scorecards.others.map((scorecard) => (
        <li key={scorecard.id} className="space-y-3 rounded-md border border-line p-4">
          <div>
            <h3 className="text-lg font-semibold text-ink">
              {scorecard.author.name} <span className="font-normal text-ink-muted">on {scorecard.interview.title}</span>
            </h3>
            <p className="text-sm text-ink-muted">
              Submitted {scorecard.submittedAt ? formatDateTime(scorecard.submittedAt) : ""}
              {scorecard.revisions.count > 1 ? ` · edited since (${scorecard.revisions.count} versions kept)` : ""}
            </p>
            <EditedAfterReveal at={scorecard.editedAfterRevealAt} />
          </div>
          <ScorecardDetails attributes={scorecards.attributes} scorecard={scorecard} />
        </li>
      ))}
    </ul>
  );
}

function PendingList({ pending }: { pending: ApplicationScorecards["pending"] }) {
  if (pending.length === 0) return null;
  return (
    <div>
      <h3 className="font-semibold text-ink">Still to submit</h3>
      <ul className="mt-1 list-disc pl-5 text-ink">
        {pending.map((entry) => (
          <li key={`${entry.interview.id}:${entry.user.id}`}>
            {entry.user.name} <span className="text-ink-muted">({entry.interview.title})</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
