// The email that asks a candidate to pick an interview time on their status page.
import { escapeHtml } from "@/lib/utils/escape-html";

type SlotsOffered = {
  firstName: string;
  jobTitle: string;
  organizationName: string;
  reference: string;
  statusUrl: string;
  interviewTitle: string;
  duration: string;
  slotCount: number;
};

export function interviewSlotsOfferedEmail(data: SlotsOffered) {
  const subject = `Choose a time for your interview: ${data.jobTitle}`;
  const paragraphs = [
    `We would like to invite you to an interview for the ${data.jobTitle} role at ${data.organizationName} (reference ${data.reference}): ${data.interviewTitle}, ${data.duration}.`,
    `We have set aside ${data.slotCount} time${data.slotCount === 1 ? "" : "s"}. Open your status page to choose the one that suits you; times are shown in your own time zone, and a calendar invitation follows as soon as you choose.`,
  ];
  const after =
    "This link replaces earlier links to your status page. Keep it to yourself: anyone who has it can see and change your application.";
  const text = [
    `Hello ${data.firstName},`,
    ...paragraphs,
    `Choose your interview time: ${data.statusUrl}`,
    after,
    `${data.organizationName} Recruiting`,
  ].join("\n\n");
  const html = [
    `<p>Hello ${escapeHtml(data.firstName)},</p>`,
    ...paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    `<p><a href="${escapeHtml(data.statusUrl)}">Choose your interview time</a></p>`,
    `<p>${escapeHtml(after)}</p>`,
    `<p>${escapeHtml(data.organizationName)} Recruiting</p>`,
  ].join("\n");
  return { subject, text, html };
}
