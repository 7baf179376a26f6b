// The emails of an offer's steps. None carries the terms: the letter is read on the status page
// (and by staff who may read it), so an email on the timeline tells a coordinator only that
// something happened. Candidates read them in their application's language (emails.json).
import { candidateEmail, named } from "@/lib/email/templates/candidate-rights";
import type { CandidateEmailCommon } from "@/lib/candidate-rights/confirmation-email";

type Common = CandidateEmailCommon;

export const offerReleasedEmail = (data: Common & { expiresOn: Date }) =>
  candidateEmail(data.t("offer.releasedSubject", named(data)), data, [
    data.t("offer.released", named(data)),
    data.t("offer.releasedDeadline", { expiresOn: data.expiresOn }),
    { link: data.statusUrl, text: data.t("offer.releasedLink") },
    data.t("offer.releasedNewLink"),
  ]);

export const offerExpiringEmail = (data: Common & { expiresOn: Date }) =>
  candidateEmail(data.t("offer.expiringSubject", named(data)), data, [
    data.t("offer.expiring", { ...named(data), expiresOn: data.expiresOn }),
  ]);

export const offerAcceptedEmail = (data: Common & { fullName: string; at: Date }) =>
  candidateEmail(data.t("offer.acceptedSubject", named(data)), data, [
    data.t("offer.accepted", {
      ...named(data),
      fullName: data.fullName,
      at: data.at.toISOString().replace("T", " ").slice(0, 16),
    }),
    { link: data.statusUrl, text: data.t("offer.statusPageLink") },
  ]);

export const offerDeclinedEmail = (data: Common) =>
  candidateEmail(data.t("offer.declinedSubject", named(data)), data, [
    data.t("offer.declined", named(data)),
    { link: data.statusUrl, text: data.t("offer.statusPageLink") },
  ]);

export const offerExpiredEmail = (data: Common) =>
  candidateEmail(data.t("offer.expiredSubject", named(data)), data, [data.t("offer.expired", named(data))]);

export const offerWithdrawnEmail = (data: Common) =>
  candidateEmail(data.t("offer.withdrawnSubject", named(data)), data, [data.t("offer.withdrawn", named(data))]);

/** To an approver whose turn it is, or to the offer's author when it was sent back or fully approved. */
export function offerStaffEmail({ subject, line, offerUrl }: { subject: string; line: string; offerUrl: string }): {
  subject: string;
  text: string;
} {
  return { subject, text: `${line}\n\nOpen the offer: ${offerUrl}\n\nTrellis` };
}
