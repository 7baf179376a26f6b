import type { LegalFormSeed } from "../types";
import { FIRST_VERSION_EFFECTIVE_FROM, NO, YES } from "./options";

// The two questions the Department of Justice (IER) endorses, asked of every applicant alike.
// Never ask about citizenship, current immigration status or documents here.
export const workAuthorizationV1: LegalFormSeed = {
  kind: "WORK_AUTHORIZATION",
  version: "1",
  title: "Work authorization",
  effectiveFrom: FIRST_VERSION_EFFECTIVE_FROM,
  bodyMarkdown:
    "We ask every applicant these two questions. Your answers are seen by our recruiting team, not by the people who interview you.",
  questions: [
    {
      key: "authorizedToWork",
      prompt: "Are you legally authorized to work in the country where this job is located?",
      options: [YES, NO],
    },
    {
      key: "requiresSponsorship",
      prompt: "Will you now or in the future require sponsorship for employment visa status (e.g., H-1B)?",
      options: [YES, NO],
    },
  ],
};

// The posting's export-control condition, asked as a licence question (never "citizens only").
// The U.S.-person follow-up is optional and can be declined.
export const exportControlV1: LegalFormSeed = {
  kind: "EXPORT_CONTROL",
  version: "1",
  title: "Export control",
  effectiveFrom: FIRST_VERSION_EFFECTIVE_FROM,
  bodyMarkdown: `Some of our technology is covered by U.S. export control laws, including the Export Administration Regulations, so an offer for this job may depend on whether you could receive it without an export license. We ask every applicant the same question. Answering "No" or "I'm not sure" does not end your application: it tells us whether we may need to apply for a license.

Your answer is seen by our recruiting team, not by the people who interview you.

A "U.S. person" is a U.S. citizen or national, a lawful permanent resident, a refugee or an asylee. The second question is optional.`,
  questions: [
    {
      key: "canReceiveWithoutLicense",
      prompt:
        "This position may require access to technology controlled under U.S. export laws. Could you receive such technology without sponsorship for an export license?",
      options: [YES, NO, { value: "NOT_SURE", label: "I'm not sure" }],
    },
    {
      key: "usPerson",
      prompt: "Are you a U.S. person (U.S. citizen or national, lawful permanent resident, refugee, or asylee)?",
      options: [YES, NO, { value: "DECLINE", label: "I prefer not to answer" }],
    },
  ],
};
