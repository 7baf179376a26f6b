import { candidateEmail, named } from "./candidate-rights";
import type { EmailLanguage } from "./email-text";

type ApplicationReceived = EmailLanguage & {
  firstName: string;
  jobTitle: string;
  organizationName: string;
  reference: string;
  statusUrl: string;
};

export function applicationReceivedEmail(data: ApplicationReceived) {
  const { t } = data;
  return candidateEmail(t("applicationReceived.subject", named(data)), data, [
    t("applicationReceived.thanks", named(data)),
    t("applicationReceived.reference", named(data)),
    t("applicationReceived.statusPage"),
    { link: data.statusUrl, text: t("common.privateStatusPageLink") },
    t("common.keepPrivate"),
  ]);
}
