// A form context for unit tests: one job question of every type and the seed's legal texts.
import type { ApplicationFormContext, LegalFormForForm } from "@/lib/submissions/form-context";
import type { FormKind } from "@/lib/generated/prisma/enums";
import { legalFormSeed } from "@/prisma/seed-data/legal";

export function legalFormFixture(kind: FormKind): LegalFormForForm {
  const seed = legalFormSeed(kind);
  return {
    id: `fv-${kind.toLowerCase()}-${seed.version}`,
    version: seed.version,
    language: seed.language ?? "en",
    title: seed.title,
    bodyMarkdown: seed.bodyMarkdown,
    questions: seed.questions,
    ombNumber: seed.ombNumber ?? null,
    ombExpiresOn: seed.ombExpiresOn ?? null,
  };
}

export function formContextFixture(): ApplicationFormContext {
  return {
    jobId: 7,
    jobSlug: "runtime-engineer",
    jobTitle: "Runtime Engineer",
    organizationName: "Cloudflare",
    questions: [
      {
        id: 11,
        label: "Which programming language do you know best?",
        description: null,
        type: "SHORT_TEXT",
        required: true,
        options: [],
      },
      {
        id: 12,
        label: "Describe a system you designed.",
        description: "A few **paragraphs**.",
        type: "LONG_TEXT",
        required: false,
        options: [],
      },
      {
        id: 13,
        label: "Preferred team",
        description: null,
        type: "SINGLE_SELECT",
        required: true,
        options: [
          { id: 131, label: "Runtime" },
          { id: 132, label: "Storage" },
        ],
      },
      {
        id: 14,
        label: "Which of these have you used?",
        description: null,
        type: "MULTI_SELECT",
        required: false,
        options: [
          { id: 141, label: "Linux" },
          { id: 142, label: "Postgres" },
        ],
      },
      {
        id: 15,
        label: "Can you work in a US time zone?",
        description: null,
        type: "YES_NO",
        required: true,
        options: [],
      },
      {
        id: 16,
        label: "Years of professional experience",
        description: null,
        type: "NUMBER",
        required: false,
        options: [],
      },
      { id: 17, label: "Link to your best code", description: null, type: "URL", required: false, options: [] },
    ],
    legal: {
      privacyNotice: legalFormFixture("PRIVACY_NOTICE"),
      workAuthorization: legalFormFixture("WORK_AUTHORIZATION"),
      exportControl: legalFormFixture("EXPORT_CONTROL"),
      accommodation: legalFormFixture("ACCOMMODATION"),
    },
    selfId: {
      invitation: legalFormFixture("SELF_ID_INVITATION"),
      forms: {
        gender: legalFormFixture("SELF_ID_GENDER"),
        ethnicity: legalFormFixture("SELF_ID_ETHNICITY"),
        race: legalFormFixture("SELF_ID_RACE"),
        veteran: legalFormFixture("SELF_ID_VETERAN"),
        disability: legalFormFixture("SELF_ID_DISABILITY"),
      },
    },
  };
}
