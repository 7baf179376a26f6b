import type { LegalFormSeed } from "../types";
import { FIRST_VERSION_EFFECTIVE_FROM } from "./options";

// The posting's condition, as the letter states it when the export-control review found that a
// licence is needed and not yet obtained. It conditions the offer on the licence, never on a
// citizenship or status.
export const offerExportConditionV1: LegalFormSeed = {
  kind: "OFFER_EXPORT_CONDITION",
  version: "1",
  title: "Offer condition: export licence",
  effectiveFrom: FIRST_VERSION_EFFECTIVE_FROM,
  bodyMarkdown:
    "This position requires access to technology controlled under U.S. export laws. This offer is conditional on our obtaining an export license from the U.S. government that allows you to receive that technology. We will apply for the license and tell you as soon as we hear; if it is refused, we will not be able to employ you in this position.",
  questions: [],
};

// What a candidate confirms when they type their name to accept; the version is stored with the answer.
export const offerAcceptanceV1: LegalFormSeed = {
  kind: "OFFER_ACCEPTANCE",
  version: "1",
  title: "Accepting an offer",
  effectiveFrom: FIRST_VERSION_EFFECTIVE_FROM,
  bodyMarkdown:
    "By typing your full name and accepting, you accept this offer of employment on the terms in the letter above. Your typed name is your electronic signature.",
  questions: [],
};
