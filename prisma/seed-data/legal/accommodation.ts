import type { LegalFormSeed } from "../types";
import { FIRST_VERSION_EFFECTIVE_FROM } from "./options";

// Asks about the hiring steps only: before an offer the law lets us ask whether someone needs
// an accommodation to apply or interview, never whether they need one to do the job.
export const accommodationV1: LegalFormSeed = {
  kind: "ACCOMMODATION",
  version: "1",
  title: "Reasonable accommodation",
  effectiveFrom: FIRST_VERSION_EFFECTIVE_FROM,
  bodyMarkdown: `Our hiring process usually includes this online application, video or phone conversations with a recruiter and the hiring manager, technical interviews, and a panel of interviews, some of which may be in person.

If you need a reasonable accommodation for any part of the application or interview process, tell us here. Only our accommodations coordinators see this; it is never shared with the people evaluating your application.

Asking for an accommodation has no bearing on how your application is evaluated. If an interviewer needs to do something differently, such as sharing questions in advance, they are told only what to do, never why. This section is optional, and you can add or change a request later from your application status page, or write to hr@cloudflare.com or 101 Townsend St. San Francisco, CA 94107.`,
  questions: [
    {
      key: "kinds",
      prompt: "What kind of accommodation would help? Choose any that apply.",
      // Values are the AccommodationKind enum; the first four are the examples the posting gives.
      options: [
        { value: "APPLICATION_PROCESS_CHANGE", label: "A change to the application or interview process" },
        { value: "ALTERNATE_FORMAT_DOCUMENTS", label: "Documents in an alternate format" },
        { value: "SIGN_LANGUAGE_INTERPRETER", label: "A sign language interpreter" },
        { value: "SPECIALIZED_EQUIPMENT", label: "Specialized equipment" },
        { value: "OTHER", label: "Something else" },
      ],
    },
    {
      key: "preferredContact",
      prompt: "How should our accommodations coordinator contact you about it?",
      options: [
        { value: "EMAIL", label: "Email" },
        { value: "PHONE", label: "Phone" },
      ],
    },
  ],
};
