import { escapeHtml } from "@/lib/utils/escape-html";

type StaffSignIn = {
  url: string;
  expiresInMinutes: number;
};

/** The magic link Auth.js asks us to send; the link is the whole credential, so it says so. */
export function staffSignInEmail(data: StaffSignIn) {
  const subject = "Your Trellis sign-in link";
  const text = [
    "Hello,",
    "",
    "Use this link to sign in to Trellis:",
    data.url,
    "",
    `The link works once and expires in ${data.expiresInMinutes} minutes. Do not forward it: anyone who opens it is signed in as you.`,
    "",
    "If you did not ask to sign in, you can ignore this email; nothing changes until the link is opened.",
    "",
    "Trellis",
  ].join("\n");
  const html = `<p>Hello,</p>
<p><a href="${escapeHtml(data.url)}">Sign in to Trellis</a></p>
<p>The link works once and expires in ${escapeHtml(String(data.expiresInMinutes))} minutes. Do not forward it: anyone who opens it is signed in as you.</p>
<p>If you did not ask to sign in, you can ignore this email; nothing changes until the link is opened.</p>
<p>Trellis</p>`;
  return { subject, text, html };
}
