import { candidateEmail } from "./candidate-rights";
import type { EmailLanguage } from "./email-text";
import {
  interviewDetails,
  interviewDetailsHtml,
  interviewDetailsText,
  type ReadableInterview,
} from "./interview-details";

export type CandidateInterviewChange = "invitation" | "update" | "cancellation";

type CandidateInterview = ReadableInterview &
  EmailLanguage & {
    change: CandidateInterviewChange;
    firstName: string;
    organizationName: string;
    jobTitle: string;
  };

/**
 * An interview invitation, change or cancellation for the candidate, in their application's
 * language: what, when (in the zone it was scheduled in) and where. Never who is on the panel or
 * anything the panel was told.
 */
export function candidateInterviewEmail(data: CandidateInterview) {
  const { t, change } = data;
  const names = { job: data.jobTitle, organization: data.organizationName, title: data.title };
  const details = interviewDetails(data, {
    interview: t("interview.detailInterview"),
    when: t("interview.detailWhen"),
    length: t("interview.detailLength"),
    where: t("interview.detailWhere"),
    videoLink: t("interview.detailVideoLink"),
  });
  return candidateEmail(t(`interview.${change}Subject`, names), data, [
    t(`interview.${change}Opening`, names),
    { block: interviewDetailsText(details).join("\n"), html: interviewDetailsHtml(details) },
    t(`interview.${change}Closing`),
  ]);
}
