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

/** Every legal text the application form and offers show, one current version per kind. */
export const LEGAL_FORMS: readonly LegalFormSeed[] = [
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

export function legalFormSeed(kind: FormKind): LegalFormSeed {
  const form = LEGAL_FORMS.find((candidate) => candidate.kind === kind);
  if (!form) throw new Error(`No legal text of kind ${kind} in prisma/seed-data/legal`);
  return form;
}

/** A FormVersion row; dates are stored at UTC midnight. */
export function formVersionRow(form: LegalFormSeed): Prisma.FormVersionCreateManyInput {
  return {
    kind: form.kind,
    version: form.version,
    title: form.title,
    bodyMarkdown: form.bodyMarkdown,
    questions: form.questions,
    ombNumber: form.ombNumber ?? null,
    ombExpiresOn: form.ombExpiresOn ? new Date(`${form.ombExpiresOn}T00:00:00Z`) : null,
    effectiveFrom: new Date(`${form.effectiveFrom}T00:00:00Z`),
  };
}
