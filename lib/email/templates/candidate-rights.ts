// The emails that confirm what a candidate did on their status page. Each names the action, when
// it happened, and what to do if it was not them (the status link is their only credential). The
// words come from messages/<locale>/emails.json in the application's language.
import { escapeHtml } from "@/lib/utils/escape-html";
import type { EmailLanguage } from "./email-text";

type Common = EmailLanguage & {
  firstName: string;
  jobTitle: string;
  organizationName: string;
  reference: string;
  statusUrl: string;
};

/** A paragraph of text, a link, or a block with its own HTML (an interview's details list). */
type Paragraph = string | { link: string; text: string } | { block: string; html: string };

const paragraphText = (p: Paragraph) => (typeof p === "string" ? p : "block" in p ? p.block : `${p.text}: ${p.link}`);

function paragraphHtml(p: Paragraph): string {
  if (typeof p === "string") return `<p>${escapeHtml(p)}</p>`;
  if ("block" in p) return p.html;
  return `<p><a href="${escapeHtml(p.link)}">${escapeHtml(p.text)}</a></p>`;
}

/** Plain-text and HTML bodies from the same paragraphs, so the two never say different things. */
export function candidateEmail(
  subject: string,
  data: Pick<Common, "firstName" | "organizationName" | "t">,
  paragraphs: Paragraph[],
) {
  const greeting = data.t("common.greeting", { firstName: data.firstName });
  const signOff = data.t("common.signOff", { organization: data.organizationName });
  const text = [greeting, ...paragraphs.map(paragraphText), signOff].join("\n\n");
  const html = [
    `<p>${escapeHtml(greeting)}</p>`,
    ...paragraphs.map(paragraphHtml),
    `<p>${escapeHtml(signOff)}</p>`,
  ].join("\n");
  return { subject, text, html };
}

/** The names most messages mention. */
export const named = (data: Pick<Common, "jobTitle" | "organizationName" | "reference">) => ({
  job: data.jobTitle,
  organization: data.organizationName,
  reference: data.reference,
});

const statusLink = (data: Common): Paragraph => ({ link: data.statusUrl, text: data.t("common.statusPageLink") });
const privateStatusLink = (data: Common): Paragraph => ({
  link: data.statusUrl,
  text: data.t("common.privateStatusPageLink"),
});

export function withdrawalConfirmedEmail(data: Common & { reasonLabel: string | null }) {
  const { t } = data;
  return candidateEmail(t("withdrawalConfirmed.subject", named(data)), data, [
    t("withdrawalConfirmed.body", named(data)),
    ...(data.reasonLabel ? [t("withdrawalConfirmed.reason", { reason: data.reasonLabel })] : []),
    t("withdrawalConfirmed.thanks"),
    statusLink(data),
    t("common.notYou"),
  ]);
}

export function accommodationRequestSavedEmail(
  data: Common & { created: boolean; kindLabels: string[]; contactLabel: string },
) {
  const { t } = data;
  // "by email" in English; German nouns keep their capital ("per E-Mail").
  const contact = data.locale === "en" ? data.contactLabel.toLowerCase() : data.contactLabel;
  return candidateEmail(
    t(data.created ? "accommodationSaved.subjectCreated" : "accommodationSaved.subjectUpdated", named(data)),
    data,
    [
      t(data.created ? "accommodationSaved.created" : "accommodationSaved.updated", named(data)),
      data.kindLabels.length > 0
        ? t("accommodationSaved.kinds", { kinds: data.kindLabels.join("; ") })
        : t("accommodationSaved.ownWords"),
      t("accommodationSaved.contact", { contact }),
      statusLink(data),
      t("common.notYou"),
    ],
  );
}

export function dataExportedEmail(data: Common & { applicationCount: number }) {
  const { t } = data;
  return candidateEmail(t("dataExported.subject", named(data)), data, [
    t("dataExported.body", { ...named(data), count: data.applicationCount }),
    statusLink(data),
    t("common.notYou"),
  ]);
}

export function erasureRequestedEmail(data: Common & { deadlineDays: number }) {
  const { t } = data;
  return candidateEmail(t("erasureRequested.subject"), data, [
    t("erasureRequested.asked", named(data)),
    t("erasureRequested.within", { days: data.deadlineDays }),
    t("erasureRequested.lawKeeps"),
    t("erasureRequested.noContact"),
    t("common.notYou"),
  ]);
}

export function statusLinkEmail(data: Common) {
  const { t } = data;
  return candidateEmail(t("statusLink.subject", named(data)), data, [
    t("statusLink.asked", named(data)),
    privateStatusLink(data),
    t("statusLink.earlierLinks"),
    t("statusLink.notAsked"),
  ]);
}

/** A merge or a change to the records replaced the link: say so without saying whose records. */
export function statusLinkReplacedEmail(data: Common) {
  const { t } = data;
  return candidateEmail(t("statusLinkReplaced.subject", named(data)), data, [
    t("statusLinkReplaced.updated", named(data)),
    privateStatusLink(data),
    t("common.keepPrivate"),
    t("statusLinkReplaced.nothingToDo"),
  ]);
}
