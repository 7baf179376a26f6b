// The email that asks a candidate to pick an interview time on their status page.
import { candidateEmail, named } from "./candidate-rights";
import type { EmailLanguage } from "./email-text";

type SlotsOffered = EmailLanguage & {
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
  const { t } = data;
  return candidateEmail(t("slotsOffered.subject", named(data)), data, [
    t("slotsOffered.invite", { ...named(data), title: data.interviewTitle, duration: data.duration }),
    t("slotsOffered.setAside", { count: data.slotCount }),
    { link: data.statusUrl, text: t("slotsOffered.link") },
    t("slotsOffered.replaces"),
  ]);
}
