import { escapeHtml } from "@/lib/utils/escape-html";
import {
  interviewDetails,
  interviewDetailsHtml,
  interviewDetailsText,
  type ReadableInterview,
} from "./interview-details";

/** "removed": the interview goes on, without this person on the panel. */
export type PanelistInterviewChange = "invitation" | "update" | "removed" | "cancellation";

type PanelistInterview = ReadableInterview & {
  change: PanelistInterviewChange;
  recipientName: string;
  candidateName: string;
  jobTitle: string;
  panelNames: string[];
  packetUrl: string;
  /**
   * The practical arrangement agreed with the candidate (e.g. "questions shared in advance"):
   * the only accommodation text the panel ever receives. Never the request itself.
   */
  arrangement: string | null;
};

const SUBJECTS: Record<PanelistInterviewChange, (data: PanelistInterview) => string> = {
  invitation: (data) => `Interview: ${data.title} with ${data.candidateName}`,
  update: (data) => `Updated interview: ${data.title} with ${data.candidateName}`,
  removed: (data) => `Removed from panel: ${data.title} with ${data.candidateName}`,
  cancellation: (data) => `Cancelled interview: ${data.title} with ${data.candidateName}`,
};

const OPENINGS: Record<PanelistInterviewChange, (data: PanelistInterview) => string> = {
  invitation: (data) => `You are on the panel for ${data.candidateName}'s interview for ${data.jobTitle}.`,
  update: (data) => `${data.candidateName}'s interview for ${data.jobTitle} has changed. Here it is as it stands now.`,
  removed: (data) =>
    `You are no longer on the panel for ${data.candidateName}'s interview for ${data.jobTitle}; the attached update removes it from your calendar.`,
  cancellation: (data) =>
    `${data.candidateName}'s interview for ${data.jobTitle} has been cancelled; the attached update removes it from your calendar.`,
};

/** An interview invitation, change or cancellation for a panel member, with the packet link. */
export function panelistInterviewEmail(data: PanelistInterview) {
  const subject = SUBJECTS[data.change](data);
  const ongoing = data.change === "invitation" || data.change === "update";
  const details = [...interviewDetails(data), ["Panel", ongoing ? data.panelNames.join(", ") : null] as const];
  const arrangement = ongoing && data.arrangement ? data.arrangement : null;
  const text = [
    `Hello ${data.recipientName},`,
    "",
    OPENINGS[data.change](data),
    "",
    ...interviewDetailsText(details),
    ...(arrangement ? ["", "Arrangement for this interview:", arrangement] : []),
    ...(ongoing ? ["", "The candidate packet and your scorecard (you will be asked to sign in):", data.packetUrl] : []),
    "",
    "Trellis",
  ].join("\n");
  const html = `<p>Hello ${escapeHtml(data.recipientName)},</p>
<p>${escapeHtml(OPENINGS[data.change](data))}</p>
${interviewDetailsHtml(details)}
${arrangement ? `<h2>Arrangement for this interview</h2>\n<p>${escapeHtml(arrangement)}</p>\n` : ""}${
    ongoing
      ? `<p><a href="${escapeHtml(data.packetUrl)}">Open the candidate packet and your scorecard</a> (you will be asked to sign in).</p>\n`
      : ""
  }<p>Trellis</p>`;
  return { subject, text, html };
}
