// The emails of an offer's steps. None carries the terms: the letter is read on the status page
// (and by staff who may read it), so an email on the timeline tells a coordinator only that
// something happened.
import { candidateEmail } from "@/lib/email/templates/candidate-rights";
import type { CandidateEmailCommon } from "@/lib/candidate-rights/confirmation-email";
import { formatLongDate } from "@/lib/format/dates";

type Common = CandidateEmailCommon;

export const offerReleasedEmail = (data: Common & { expiresOn: Date }) =>
  candidateEmail(`Your offer: ${data.jobTitle}`, data, [
    `We are delighted to offer you the position of ${data.jobTitle} at ${data.organizationName} (reference ${data.reference}).`,
    `Read the offer letter and accept or decline it on your status page, by the end of ${formatLongDate(data.expiresOn)} (UTC).`,
    { link: data.statusUrl, text: "Your offer on your status page" },
    "This is a new private link: earlier links to your status page no longer work. Keep it to yourself.",
  ]);

export const offerExpiringEmail = (data: Common & { expiresOn: Date }) =>
  candidateEmail(`Reminder: your offer expires soon: ${data.jobTitle}`, data, [
    `Your offer for ${data.jobTitle} (reference ${data.reference}) is open until the end of ${formatLongDate(data.expiresOn)} (UTC). You can accept or decline it on your status page, with the most recent link we sent you.`,
  ]);

export const offerAcceptedEmail = (data: Common & { fullName: string; at: Date }) =>
  candidateEmail(`You accepted our offer: ${data.jobTitle}`, data, [
    `You accepted our offer for ${data.jobTitle} (reference ${data.reference}), signing as "${data.fullName}" on ${data.at.toISOString().replace("T", " ").slice(0, 16)} UTC. Welcome aboard: we will be in touch about your first day.`,
    { link: data.statusUrl, text: "Your status page" },
  ]);

export const offerDeclinedEmail = (data: Common) =>
  candidateEmail(`You declined our offer: ${data.jobTitle}`, data, [
    `You declined our offer for ${data.jobTitle} (reference ${data.reference}). Thank you for considering us; you are welcome to apply again for this or any other role.`,
    { link: data.statusUrl, text: "Your status page" },
  ]);

export const offerExpiredEmail = (data: Common) =>
  candidateEmail(`Your offer has expired: ${data.jobTitle}`, data, [
    `Our offer for ${data.jobTitle} (reference ${data.reference}) was not answered by its expiry date, so it has expired. If you still wish to discuss it, reply to this email.`,
  ]);

export const offerWithdrawnEmail = (data: Common) =>
  candidateEmail(`Our offer was withdrawn: ${data.jobTitle}`, data, [
    `We have withdrawn our offer for ${data.jobTitle} (reference ${data.reference}). We are sorry for the change; the recruiting team will contact you about it.`,
  ]);

/** To an approver whose turn it is, or to the offer's author when it was sent back or fully approved. */
export function offerStaffEmail({ subject, line, offerUrl }: { subject: string; line: string; offerUrl: string }): {
  subject: string;
  text: string;
} {
  return { subject, text: `${line}\n\nOpen the offer: ${offerUrl}\n\nTrellis` };
}
