import { escapeHtml } from "@/lib/utils/escape-html";

type StaffInvitation = {
  name: string;
  invitedBy: string;
  roleLabel: string;
  signInUrl: string;
};

/** Sent when an administrator adds a staff member; it points at the sign-in page, not a magic link. */
export function staffInvitationEmail(data: StaffInvitation) {
  const subject = "You have been invited to Trellis";
  const text = [
    `Hello ${data.name},`,
    "",
    `${data.invitedBy} invited you to Trellis, our hiring system, as ${data.roleLabel}.`,
    "",
    "To sign in, open this page and enter this email address; we will email you a sign-in link:",
    data.signInUrl,
    "",
    "Trellis",
  ].join("\n");
  const html = `<p>Hello ${escapeHtml(data.name)},</p>
<p>${escapeHtml(data.invitedBy)} invited you to Trellis, our hiring system, as ${escapeHtml(data.roleLabel)}.</p>
<p>To sign in, open the <a href="${escapeHtml(data.signInUrl)}">Trellis sign-in page</a> and enter this email address; we will email you a sign-in link.</p>
<p>Trellis</p>`;
  return { subject, text, html };
}
