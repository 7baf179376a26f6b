import type { LegalFormSeed } from "../../types";
import { FIRST_VERSION_EFFECTIVE_FROM } from "../options";

// German translation of offerAcceptanceV1, shown on a German status page; the letter itself and
// its export-licence clause stay as staff wrote them. For review by a native speaker and legal
// counsel (docs/decisions/0042).
export const offerAcceptanceDeV1: LegalFormSeed = {
  kind: "OFFER_ACCEPTANCE",
  version: "1",
  language: "de",
  title: "Ein Angebot annehmen",
  effectiveFrom: FIRST_VERSION_EFFECTIVE_FROM,
  bodyMarkdown:
    "Indem Sie Ihren vollständigen Namen eingeben und annehmen, nehmen Sie dieses Stellenangebot zu den Bedingungen im obigen Schreiben an. Ihr eingegebener Name ist Ihre elektronische Unterschrift.",
  questions: [],
};
