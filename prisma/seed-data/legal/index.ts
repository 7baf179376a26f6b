import type { Prisma } from "../../../lib/generated/prisma/client";
import type { FormKind } from "../../../lib/generated/prisma/enums";
import type { LegalFormSeed } from "../types";
import { accommodationV1 } from "./accommodation";
import { offerAcceptanceV1, offerExportConditionV1 } from "./offer";
import { exportControlV1, workAuthorizationV1 } from "./eligibility";
import { privacyNoticeV1 } from "./privacy-notice";
import { selfIdEthnicityV1, selfIdGenderV1, selfIdInvitationV1, selfIdRaceV1 } from "./self-id-demographics";
import { selfIdDisabilityV1 } from "./self-id-disability";
import { selfIdVeteranV1 } from "./self-id-veteran";
import { GERMAN_LEGAL_FORMS } from "./de";

/** Every legal text the application form and offers show, one current English version per kind. */
const ENGLISH_LEGAL_FORMS: readonly LegalFormSeed[] = [
  privacyNoticeV1,
  workAuthorizationV1,
  exportControlV1,
  accommodationV1,
  selfIdInvitationV1,
  selfIdGenderV1,
  selfIdEthnicityV1,
  selfIdRaceV1,
  selfIdVeteranV1,
  selfIdDisabilityV1,
  offerExportConditionV1,
  offerAcceptanceV1,
];

/** Every seeded version: the English ones, then their translations (decision 0042). */
export const LEGAL_FORMS: readonly LegalFormSeed[] = [...ENGLISH_LEGAL_FORMS, ...GERMAN_LEGAL_FORMS];

export function legalFormSeed(kind: FormKind, language = "en"): LegalFormSeed {
  const form = LEGAL_FORMS.find((candidate) => candidate.kind === kind && (candidate.language ?? "en") === language);
  if (!form) throw new Error(`No ${language} legal text of kind ${kind} in prisma/seed-data/legal`);
  return form;
}

/** A FormVersion row; dates are stored at UTC midnight. */
export function formVersionRow(form: LegalFormSeed): Prisma.FormVersionCreateManyInput {
  return {
    kind: form.kind,
    version: form.version,
    language: form.language ?? "en",
    title: form.title,
    bodyMarkdown: form.bodyMarkdown,
    questions: form.questions,
    ombNumber: form.ombNumber ?? null,
    ombExpiresOn: form.ombExpiresOn ? new Date(`${form.ombExpiresOn}T00:00:00Z`) : null,
    effectiveFrom: new Date(`${form.effectiveFrom}T00:00:00Z`),
  };
}
