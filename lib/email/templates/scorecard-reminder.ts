import { escapeHtml } from "@/lib/utils/escape-html";

type ScorecardReminder = {
  recipientName: string;
  candidateName: string;
  jobTitle: string;
  interviewTitle: string;
  /** Already formatted in the interview's zone (lib/interviews/format-interview-time.ts). */
  when: string;
  scorecardUrl: string;
};

/**
 * Reminds an interviewer that their scorecard is overdue. Names the interview and links to it;
 * nothing about anyone's feedback (the others' scorecards stay behind sign-in and blind rules).
 */
export function scorecardReminderEmail(data: ScorecardReminder) {
  const subject = `Scorecard overdue: ${data.interviewTitle} with ${data.candidateName}`;
  const opening = `Your scorecard for ${data.candidateName}'s interview "${data.interviewTitle}" (${data.jobTitle}) is overdue.`;
  const ask =
    "The hiring team is waiting for it before they decide. Please write it while the interview is still fresh.";
  const text = [
    `Hello ${data.recipientName},`,
    "",
    opening,
    `The interview was on ${data.when}.`,
    "",
    ask,
    "",
    "Your scorecard (you will be asked to sign in):",
    data.scorecardUrl,
    "",
    "Trellis",
  ].join("\n");
  const html = `<p>Hello ${escapeHtml(data.recipientName)},</p>
<p>${escapeHtml(opening)}<br>The interview was on ${escapeHtml(data.when)}.</p>
<p>${escapeHtml(ask)}</p>
<p><a href="${escapeHtml(data.scorecardUrl)}">Write your scorecard</a> (you will be asked to sign in).</p>
<p>Trellis</p>`;
  return { subject, text, html };
}
