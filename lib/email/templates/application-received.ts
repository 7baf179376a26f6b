import { escapeHtml } from "@/lib/utils/escape-html";

type ApplicationReceived = {
  firstName: string;
  jobTitle: string;
  organizationName: string;
  reference: string;
  statusUrl: string;
};

export function applicationReceivedEmail(data: ApplicationReceived) {
  const subject = `We received your application: ${data.jobTitle}`;
  const text = [
    `Hello ${data.firstName},`,
    "",
    `Thank you for applying for ${data.jobTitle} at ${data.organizationName}. Your application is safely with us.`,
    "",
    `Your application reference: ${data.reference}`,
    "",
    "On your private status page you can see where your application stands at any time, update an accommodation request, download your data, withdraw, or ask us to erase your data:",
    data.statusUrl,
    "",
    "Keep this link to yourself: anyone who has it can see and change your application.",
    "",
    `${data.organizationName} Recruiting`,
  ].join("\n");
  const html = `<p>Hello ${escapeHtml(data.firstName)},</p>
<p>Thank you for applying for <strong>${escapeHtml(data.jobTitle)}</strong> at ${escapeHtml(data.organizationName)}. Your application is safely with us.</p>
<p>Your application reference: <strong>${escapeHtml(data.reference)}</strong></p>
<p>On your <a href="${escapeHtml(data.statusUrl)}">private status page</a> you can see where your application stands at any time, update an accommodation request, download your data, withdraw, or ask us to erase your data. Keep this link to yourself: anyone who has it can see and change your application.</p>
<p>${escapeHtml(data.organizationName)} Recruiting</p>`;
  return { subject, text, html };
}
