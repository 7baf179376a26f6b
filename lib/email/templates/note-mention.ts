import { escapeHtml } from "@/lib/utils/escape-html";

type NoteMention = {
  recipientName: string;
  authorName: string;
  candidateName: string;
  profileUrl: string;
};

/**
 * Tells a staff member they were mentioned. Carries the candidate's name and a link only: the
 * note itself and anything else about the person stay behind sign-in.
 */
export function noteMentionEmail(data: NoteMention) {
  const subject = `${data.authorName} mentioned you in a note on ${data.candidateName}`;
  const text = [
    `Hello ${data.recipientName},`,
    "",
    `${data.authorName} mentioned you in a note on ${data.candidateName}'s application.`,
    "",
    "Read it in Trellis (you will be asked to sign in):",
    data.profileUrl,
  ].join("\n");
  const html = `<p>Hello ${escapeHtml(data.recipientName)},</p>
<p>${escapeHtml(data.authorName)} mentioned you in a note on ${escapeHtml(data.candidateName)}'s application.</p>
<p><a href="${escapeHtml(data.profileUrl)}">Read it in Trellis</a> (you will be asked to sign in).</p>`;
  return { subject, text, html };
}
