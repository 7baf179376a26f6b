// A hand-built form context for unit tests of the shared schema (no database needed).
import type { ApplicationFormContext, LegalFormForForm } from "@/lib/submissions/form-context";

const legal = (id: string, questions: LegalFormForForm["questions"]): LegalFormForForm => ({
  id,
  version: "1",
  title: id,
  bodyMarkdown: "Text",
  questions,
  ombNumber: null,
  ombExpiresOn: null,
});

const options = (...values: string[]) => values.map((value) => ({ value, label: value }));

export function testFormContext(): ApplicationFormContext {
  return {
    jobId: 1,
    jobSlug: "test-job",
    jobTitle: "Test job",
    organizationName: "Test Co",
    questions: [
      { id: 10, label: "Years of C++", description: null, type: "NUMBER", required: true, options: [] },
      {
        id: 11,
        label: "Engines",
        description: null,
        type: "MULTI_SELECT",
        required: false,
        options: [
          { id: 1, label: "V8" },
          { id: 2, label: "SpiderMonkey" },
        ],
      },
      { id: 12, label: "US hours?", description: null, type: "YES_NO", required: true, options: [] },
      { id: 13, label: "Portfolio", description: null, type: "URL", required: false, options: [] },
    ],
    legal: {
      privacyNotice: legal("privacy-1", []),
      workAuthorization: legal("work-1", []),
      exportControl: legal("export-1", []),
      accommodation: legal("accommodation-1", []),
    },
    selfId: {
      invitation: legal("invite-1", []),
      forms: {
        gender: legal("gender-1", [
          { key: "gender", prompt: "Gender", options: options("MALE", "FEMALE", "NON_BINARY", "DECLINE") },
        ]),
      },
    },
  };
}
