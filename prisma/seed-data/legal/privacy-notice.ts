import type { LegalFormSeed } from "../types";
import { FIRST_VERSION_EFFECTIVE_FROM, NO, YES } from "./options";

// Notice at collection (GDPR art. 13, CCPA/CPRA): what we collect, why, on what basis, for how
// long, and the candidate's rights. Change the retention rules and this text together.
export const privacyNoticeV1: LegalFormSeed = {
  kind: "PRIVACY_NOTICE",
  version: "1",
  title: "Applicant privacy notice",
  effectiveFrom: FIRST_VERSION_EFFECTIVE_FROM,
  bodyMarkdown: `This notice explains what Cloudflare, Inc. (101 Townsend St, San Francisco, CA 94107) does with the information you give us when you apply for a job, and the choices you have.

## What we collect and why

| Information | Why we use it | Legal basis |
|---|---|---|
| Name, preferred name, pronouns, email, phone, location and profile links | To consider your application and to contact you about it | Steps you ask us to take before a possible employment contract |
| Resume, cover letter and answers to the job's questions | To assess your application for the role you chose | Steps before a contract |
| Work authorization and export-control answers | To know whether we could employ you in the job's country and whether an offer would need an export license | Steps before a contract; legal obligations |
| Interview notes, scorecards and the emails we exchange | To make and record a fair, consistent hiring decision | Our legitimate interest in fair, documented hiring |
| A request for a reasonable accommodation | To arrange the accommodation you ask for | Legal obligations under disability law |
| How you found the job (for example the site that linked to it) | To learn which channels work | Our legitimate interest in improving recruiting |

Voluntary self-identification (gender, ethnicity, race, veteran and disability status) is separate: it is stored without your name or application, is never seen by anyone who evaluates you, and is used only for anonymous statistics that we report as a federal contractor.

## Who sees it

Recruiters and coordinators see your application. Interviewers see your resume, answers and links for the interviews they join. Work authorization and export-control answers are seen by recruiting staff only, never by interviewers. An accommodation request is seen only by the people who arrange accommodations. We do not sell your information or use it for advertising.

## How long we keep it

- Your application, its documents, answers, notes and emails: 2 years after the last activity on your applications, then we erase or anonymize them.
- Because we are a U.S. federal contractor, we must keep applications, resumes and accommodation requests for at least 2 years. During that time a request to erase them restricts their use instead, and they are erased once the period ends. Records under a legal hold are kept until the hold ends.
- Anonymous statistics (counts without names) are kept after your data is erased.

## Keeping your application on file

With your consent, and only with it, we may consider you for other roles during the same 2 years. You can withdraw this consent at any time from your application status page; without it we consider you only for the jobs you apply for.

## Your rights

You can ask to see your information, download a copy of it, correct it, or have it erased. Your application status page (the private link in your confirmation email) lets you download and request erasure yourself; for anything else, write to hr@cloudflare.com or to the address above. We answer within one month. If you are in the European Economic Area or the United Kingdom you may also complain to your data protection authority.`,
  questions: [
    {
      key: "acknowledged",
      prompt: "I have read the applicant privacy notice.",
      options: [{ value: "ACKNOWLEDGED", label: "I have read the applicant privacy notice" }],
    },
    {
      key: "keepOnFileConsent",
      prompt: "May we keep your application on file and consider you for other roles for 2 years?",
      options: [YES, NO],
    },
  ],
};
