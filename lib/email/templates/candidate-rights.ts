// The emails that confirm what a candidate did on their status page. Each names the action, when
// it happened, and what to do if it was not them (the status link is their only credential).
import { escapeHtml } from "@/lib/utils/escape-html";

type Common = { firstName: string; jobTitle: string; organizationName: string; reference: string; statusUrl: string };

type Paragraph = string | { link: string; text: string };

/** Plain-text and HTML bodies from the same paragraphs, so the two never say different things. */
export function candidateEmail(
  subject: string,
  data: Pick<Common, "firstName" | "organizationName">,
  paragraphs: Paragraph[],
) {
  const text = [
    `Hello ${data.firstName},`,
    ...paragraphs.map((p) => (typeof p === "string" ? p : `${p.text}: ${p.link}`)),
    `${data.organizationName} Recruiting`,
  ].join("\n\n");
  const html = [
    `<p>Hello ${escapeHtml(data.firstName)},</p>`,
    ...paragraphs.map((p) =>
      typeof p === "string"
        ? `<p>${escapeHtml(p)}</p>`
        : `<p><a href="${escapeHtml(p.link)}">${escapeHtml(p.text)}</a></p>`,
    ),
    `<p>${escapeHtml(data.organizationName)} Recruiting</p>`,
  ].join("\n");
  return { subject, text, html };
}

const NOT_YOU =
  "If this was not you, someone has your private status link: ask for a new link on our careers site (the old one stops working) and reply to this email.";

const statusLink = (data: Common): Paragraph => ({ link: data.statusUrl, text: "Your application's status page" });

export function withdrawalConfirmedEmail(data: Common & { reasonLabel: string | null }) {
  return candidateEmail(`You withdrew your application: ${data.jobTitle}`, data, [
    `You withdrew your application for ${data.jobTitle} at ${data.organizationName} (reference ${data.reference}). We will not contact you about it any more, and any interviews that were planned will be cancelled.`,
    ...(data.reasonLabel ? [`The reason you gave: ${data.reasonLabel}.`] : []),
    "Thank you for your interest. You are welcome to apply again for this or any other role.",
    statusLink(data),
    NOT_YOU,
  ]);
}

export function accommodationRequestSavedEmail(
  data: Common & { created: boolean; kindLabels: string[]; contactLabel: string },
) {
  const what =
    data.kindLabels.length > 0
      ? `What you asked for: ${data.kindLabels.join("; ")}.`
      : "You described what would help in your own words.";
  return candidateEmail(
    data.created
      ? `Your accommodation request: ${data.jobTitle}`
      : `Your accommodation request was updated: ${data.jobTitle}`,
    data,
    [
      data.created
        ? `We received your request for an accommodation in the hiring process for ${data.jobTitle} (reference ${data.reference}).`
        : `We received the changes to your accommodation request for ${data.jobTitle} (reference ${data.reference}).`,
      what,
      `Our accommodations coordinator will contact you by ${data.contactLabel.toLowerCase()}. Only the people who handle accommodations see your request; it is never shared with the people evaluating your application and has no bearing on it.`,
      statusLink(data),
      NOT_YOU,
    ],
  );
}

export function dataExportedEmail(data: Common & { applicationCount: number }) {
  return candidateEmail(`Your data was downloaded: ${data.jobTitle}`, data, [
    `A copy of the data we hold about you (${data.applicationCount} application${data.applicationCount === 1 ? "" : "s"}, with your documents) was downloaded from your status page for ${data.jobTitle} (reference ${data.reference}).`,
    statusLink(data),
    NOT_YOU,
  ]);
}

export function erasureRequestedEmail(data: Common & { deadlineDays: number }) {
  return candidateEmail(`We received your request to erase your data`, data, [
    `You asked us to erase your data from your status page for ${data.jobTitle} (reference ${data.reference}).`,
    `Within ${data.deadlineDays} days we will anonymize your applications (your name and contact details are replaced, your answers and documents are deleted, and your status link stops working). Aggregate statistics without your identity remain.`,
    "If the law requires us to keep some records for a while longer (for example a legal hold, or the record-keeping rules for federal contractors), we keep only those records, only as long as required, and then erase them too.",
    "We will not contact you about these applications any more.",
    NOT_YOU,
  ]);
}

export function statusLinkEmail(data: Common) {
  return candidateEmail(`Your new status link: ${data.jobTitle}`, data, [
    `You asked for a new link to follow your application for ${data.jobTitle} at ${data.organizationName} (reference ${data.reference}).`,
    { link: data.statusUrl, text: "Your private status page" },
    "Earlier links to this application no longer work. Keep this link to yourself: anyone who has it can see and change your application.",
    "If you did not ask for this, you can ignore this email; the new link is only in this message.",
  ]);
}

/** A merge or a change to the records replaced the link: say so without saying whose records. */
export function statusLinkReplacedEmail(data: Common) {
  return candidateEmail(`A new link to your application: ${data.jobTitle}`, data, [
    `We updated our records of your application for ${data.jobTitle} at ${data.organizationName} (reference ${data.reference}), and replaced your private status link. The link we sent you before no longer works.`,
    { link: data.statusUrl, text: "Your private status page" },
    "Keep this link to yourself: anyone who has it can see and change your application.",
    "There is nothing you need to do; the new link is only in this message.",
  ]);
}
