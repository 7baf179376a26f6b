import type { LegalFormSeed } from "../../types";
import { accommodationDeV1 } from "./accommodation";
import { exportControlDeV1, workAuthorizationDeV1 } from "./eligibility";
import { offerAcceptanceDeV1 } from "./offer";
import { privacyNoticeDeV1 } from "./privacy-notice";
import {
  selfIdEthnicityDeV1,
  selfIdGenderDeV1,
  selfIdInvitationDeV1,
  selfIdRaceDeV1,
  selfIdVeteranDeV1,
} from "./self-id";

/**
 * The German versions of the seed's legal texts. No German disability form (CC-305 is shown as
 * OFCCP publishes it) and no German export-licence clause (it is part of the letter staff write).
 */
export const GERMAN_LEGAL_FORMS: readonly LegalFormSeed[] = [
  privacyNoticeDeV1,
  workAuthorizationDeV1,
  exportControlDeV1,
  accommodationDeV1,
  selfIdInvitationDeV1,
  selfIdGenderDeV1,
  selfIdEthnicityDeV1,
  selfIdRaceDeV1,
  selfIdVeteranDeV1,
  offerAcceptanceDeV1,
];
