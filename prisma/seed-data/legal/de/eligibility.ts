import type { LegalFormSeed } from "../../types";
import { FIRST_VERSION_EFFECTIVE_FROM } from "../options";
import { JA, NEIN } from "./options";

// German translations of workAuthorizationV1 and exportControlV1 (same keys and values), for
// review by a native speaker and legal counsel (docs/decisions/0042).
export const workAuthorizationDeV1: LegalFormSeed = {
  kind: "WORK_AUTHORIZATION",
  version: "1",
  language: "de",
  title: "Arbeitserlaubnis",
  effectiveFrom: FIRST_VERSION_EFFECTIVE_FROM,
  bodyMarkdown:
    "Diese beiden Fragen stellen wir allen Bewerberinnen und Bewerbern. Ihre Antworten sieht unser Recruiting-Team, nicht die Personen, die mit Ihnen Gespräche führen.",
  questions: [
    {
      key: "authorizedToWork",
      prompt: "Dürfen Sie in dem Land, in dem sich diese Stelle befindet, rechtmäßig arbeiten?",
      options: [JA, NEIN],
    },
    {
      key: "requiresSponsorship",
      prompt: "Benötigen Sie jetzt oder künftig eine Unterstützung (Sponsorship) für ein Arbeitsvisum (z. B. H-1B)?",
      options: [JA, NEIN],
    },
  ],
};

export const exportControlDeV1: LegalFormSeed = {
  kind: "EXPORT_CONTROL",
  version: "1",
  language: "de",
  title: "Exportkontrolle",
  effectiveFrom: FIRST_VERSION_EFFECTIVE_FROM,
  bodyMarkdown: `Ein Teil unserer Technologie unterliegt US-Exportkontrollgesetzen, darunter den Export Administration Regulations. Ein Angebot für diese Stelle kann daher davon abhängen, ob Sie diese Technologie ohne Exportgenehmigung erhalten dürften. Wir stellen allen Bewerberinnen und Bewerbern dieselbe Frage. Die Antwort „Nein“ oder „Ich bin nicht sicher“ beendet Ihre Bewerbung nicht: Sie sagt uns nur, ob wir möglicherweise eine Genehmigung beantragen müssen.

Ihre Antwort sieht unser Recruiting-Team, nicht die Personen, die mit Ihnen Gespräche führen.

Eine „U.S. person“ ist, wer die US-Staatsbürgerschaft oder -Staatsangehörigkeit besitzt, eine dauerhafte Aufenthaltserlaubnis in den USA hat (Green Card) oder dort als Flüchtling oder Asylberechtigte bzw. Asylberechtigter anerkannt ist. Die zweite Frage ist freiwillig.`,
  questions: [
    {
      key: "canReceiveWithoutLicense",
      prompt:
        "Für diese Stelle kann Zugang zu Technologie nötig sein, die US-Exportgesetzen unterliegt. Dürften Sie solche Technologie erhalten, ohne dass dafür eine Exportgenehmigung beantragt werden muss?",
      options: [JA, NEIN, { value: "NOT_SURE", label: "Ich bin nicht sicher" }],
    },
    {
      key: "usPerson",
      prompt:
        "Sind Sie eine „U.S. person“ (US-Staatsbürgerschaft oder -Staatsangehörigkeit, dauerhafte Aufenthaltserlaubnis, anerkannter Flüchtlings- oder Asylstatus)?",
      options: [JA, NEIN, { value: "DECLINE", label: "Ich möchte das nicht beantworten" }],
    },
  ],
};
