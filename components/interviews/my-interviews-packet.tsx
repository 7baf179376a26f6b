import { AnswersCard } from "@/components/candidate-profile/answers-card";
import { ProfileSection } from "@/components/candidate-profile/profile-section";
import { ResumeViewer } from "@/components/candidate-profile/resume-viewer";
import { Alert } from "@/components/ui/alert";
import type { InterviewPacket } from "@/lib/interviews/get-interview-packet";
import { InterviewDetails } from "./interview-details";

/** Who, when, where and what to cover: the top of the interview page. */
export function InterviewPacketHeader({ packet }: { packet: InterviewPacket }) {
  const { interview, candidate, job } = packet;
  return (
    <div className="space-y-4">
      <div>
        <p className="text-ink-muted">{job.title}</p>
        <h1 className="text-3xl font-bold text-ink">
          {interview.title} with {candidate.name}
          {candidate.pronouns && <span className="text-xl font-normal text-ink-muted"> ({candidate.pronouns})</span>}
        </h1>
      </div>
      {interview.cancelled && <Alert variant="warning" live="off" title="This interview was cancelled." />}
      <InterviewDetails interview={interview} variant="header" />
      {packet.panelArrangement && (
        <Alert variant="info" live="off" title="Arrangement for this interview">
          <p className="break-words whitespace-pre-wrap">{packet.panelArrangement}</p>
        </Alert>
      )}
    </div>
  );
}

/** The candidate packet: the plan's focus, links, answers and resume (nothing the panel may not see). */
export function InterviewPacketBody({ packet }: { packet: InterviewPacket }) {
  const { plan, candidate } = packet;
  return (
    <div className="space-y-6">
      {plan && (
        <ProfileSection id="plan" title="What this interview covers">
          {plan.focus.length > 0 && (
            <ul className="list-disc pl-5 text-ink">
              {plan.focus.map((attribute) => (
                <li key={attribute.id}>{attribute.name}</li>
              ))}
            </ul>
          )}
          {plan.instructions && <p className="mt-3 break-words whitespace-pre-wrap text-ink">{plan.instructions}</p>}
        </ProfileSection>
      )}
      {candidate.links.length > 0 && (
        <ProfileSection id="links" title="Links">
          <ul className="space-y-1">
            {candidate.links.map((link) => (
              <li key={link.label}>
                <span className="font-semibold">{link.label}: </span>
                {link.href ? (
                  <a href={link.href} rel="noopener noreferrer nofollow" target="_blank" className="break-all">
                    {link.url}
                    <span className="sr-only"> (opens in a new tab)</span>
                  </a>
                ) : (
                  <span className="break-all">{link.url}</span>
                )}
              </li>
            ))}
          </ul>
        </ProfileSection>
      )}
      <AnswersCard answers={packet.answers} />
      <ResumeViewer applicationId={packet.applicationId} resume={packet.resume} candidateName={candidate.name} />
    </div>
  );
}
