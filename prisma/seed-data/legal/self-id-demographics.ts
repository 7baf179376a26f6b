import type { LegalFormSeed } from "../types";
import { FIRST_VERSION_EFFECTIVE_FROM } from "./options";

// Every self-identification question offers DECLINE; answers are stored apart from the
// application (SelfIdentificationResponse) and only ever reported as counts.
const DECLINE = { value: "DECLINE", label: "I don't wish to answer" };

export const selfIdInvitationV1: LegalFormSeed = {
  kind: "SELF_ID_INVITATION",
  version: "1",
  title: "Voluntary self-identification",
  effectiveFrom: FIRST_VERSION_EFFECTIVE_FROM,
  bodyMarkdown: `Cloudflare is a federal contractor. The law asks us to invite applicants to tell us about their gender, ethnicity, race, veteran status and disability, so that we can measure whether our outreach and hiring reach everyone fairly.

Answering is voluntary. You can answer some questions, all of them or none, and every question has an option to decline. Declining, or anything you answer, will not be held against you in any way.

Your answers are confidential and kept separate from your application: they are stored without your name, nobody who reviews or interviews you can see them, and they are used only in anonymous statistics.`,
  questions: [],
};

export const selfIdGenderV1: LegalFormSeed = {
  kind: "SELF_ID_GENDER",
  version: "1",
  title: "Gender",
  effectiveFrom: FIRST_VERSION_EFFECTIVE_FROM,
  bodyMarkdown: "This question is voluntary.",
  questions: [
    {
      key: "gender",
      prompt: "What is your gender?",
      options: [
        { value: "MALE", label: "Male" },
        { value: "FEMALE", label: "Female" },
        { value: "NON_BINARY", label: "Non-binary" },
        DECLINE,
      ],
    },
  ],
};

export const selfIdEthnicityV1: LegalFormSeed = {
  kind: "SELF_ID_ETHNICITY",
  version: "1",
  title: "Ethnicity",
  effectiveFrom: FIRST_VERSION_EFFECTIVE_FROM,
  bodyMarkdown: "This question is voluntary.",
  questions: [
    {
      key: "hispanicOrLatino",
      prompt: "Are you Hispanic or Latino?",
      options: [{ value: "YES", label: "Yes" }, { value: "NO", label: "No" }, DECLINE],
    },
  ],
};

export const selfIdRaceV1: LegalFormSeed = {
  kind: "SELF_ID_RACE",
  version: "1",
  title: "Race",
  effectiveFrom: FIRST_VERSION_EFFECTIVE_FROM,
  bodyMarkdown:
    "This question is voluntary. If you answered that you are Hispanic or Latino, our reports count you in that category only, whatever you choose here.",
  questions: [
    {
      key: "race",
      prompt: "Which of these describes your race?",
      options: [
        { value: "WHITE", label: "White" },
        { value: "BLACK_OR_AFRICAN_AMERICAN", label: "Black or African American" },
        { value: "ASIAN", label: "Asian" },
        { value: "NATIVE_HAWAIIAN_OR_OTHER_PACIFIC_ISLANDER", label: "Native Hawaiian or Other Pacific Islander" },
        { value: "AMERICAN_INDIAN_OR_ALASKA_NATIVE", label: "American Indian or Alaska Native" },
        { value: "TWO_OR_MORE_RACES", label: "Two or More Races" },
        DECLINE,
      ],
    },
  ],
};
