import { escapeHtml } from "@/lib/utils/escape-html";
import {
  interviewDetails,
  interviewDetailsHtml,
  interviewDetailsText,
  type ReadableInterview,
} from "./interview-details";

export type CandidateInterviewChange = "invitation" | "update" | "cancellation";

type CandidateInterview = ReadableInterview & {
  change: CandidateInterviewChange;
  firstName: string;
  organizationName: string;
  jobTitle: string;
};

const SUBJECTS: Record<CandidateInterviewChange, (data: CandidateInterview) => string> = {
  invitation: (data) => `Your interview with ${data.organizationName}: ${data.title}`,
  update: (data) => `Updated: your interview with ${data.organizationName}: ${data.title}`,
  cancellation: (data) => `Cancelled: your interview with ${data.organizationName}: ${data.title}`,
};

const OPENINGS: Record<CandidateInterviewChange, (data: CandidateInterview) => string> = {
  invitation: (data) =>
    `We would like to invite you to an interview for the ${data.jobTitle} role at ${data.organizationName}.`,
  update: (data) =>
    `The details of your interview for the ${data.jobTitle} role at ${data.organizationName} have changed. Here is the interview as it stands now.`,
  cancellation: (data) =>
    `We have cancelled your interview for the ${data.jobTitle} role at ${data.organizationName}. We are sorry for any inconvenience.`,
};

const CLOSINGS: Record<CandidateInterviewChange, string> = {
  invitation:
    "A calendar invitation is attached, so you can add the interview to your calendar. If the time does not work for you, or you need anything for the interview, reply to this email and we will sort it out.",
  update:
    "The attached calendar invitation updates the event in your calendar. If the new details do not work for you, reply to this email and we will sort it out.",
  cancellation:
    "The attached calendar update removes the event from your calendar. This does not end your application: we will be in touch about what happens next.",
};

/**
 * An interview invitation, change or cancellation for the candidate: what, when (in the zone it
 * was scheduled in) and where. Never who is on the panel or anything the panel was told.
 */
export function candidateInterviewEmail(data: CandidateInterview) {
  const subject = SUBJECTS[data.change](data);
  const details = interviewDetails(data);
  const text = [
    `Hello ${data.firstName},`,
    "",
    OPENINGS[data.change](data),
    "",
    ...interviewDetailsText(details),
    "",
    CLOSINGS[data.change],
    "",
    `${data.organizationName} Recruiting`,
  ].join("\n");
  const html = `<p>Hello ${escapeHtml(data.firstName)},</p>
<p>${escapeHtml(OPENINGS[data.change](data))}</p>
${interviewDetailsHtml(details)}
<p>${escapeHtml(CLOSINGS[data.change])}</p>
<p>${escapeHtml(data.organizationName)} Recruiting</p>`;
  return { subject, text, html };
}
