import { escapeHtml } from "@/lib/utils/escape-html";

type WaitingRequest = { jobTitle: string; url: string };

/**
 * Tells a coordinator that requests are waiting. It names the job and links to the request,
 * nothing more: no name, no kind, no details, since email is forwarded, synced and searched.
 */
export function accommodationReminderEmail({
  recipientName,
  requests,
}: {
  recipientName: string;
  requests: WaitingRequest[];
}) {
  const subject =
    requests.length === 1
      ? "An accommodation request is waiting for a reply"
      : `${requests.length} accommodation requests are waiting for a reply`;
  const lines = requests.map(
    (request) => `An accommodation request for ${request.jobTitle} has waited 2 business days: ${request.url}`,
  );
  const text = [
    `Hello ${recipientName},`,
    "",
    ...lines,
    "",
    "Open the link to read it in Trellis (you will be asked to sign in).",
    "",
    "Trellis",
  ].join("\n");
  const html = `<p>Hello ${escapeHtml(recipientName)},</p>
<ul>${requests
    .map(
      (request) =>
        `<li>An accommodation request for ${escapeHtml(request.jobTitle)} has waited 2 business days: <a href="${escapeHtml(request.url)}">open it in Trellis</a></li>`,
    )
    .join("")}</ul>
<p>You will be asked to sign in.</p>
<p>Trellis</p>`;
  return { subject, text, html };
}
