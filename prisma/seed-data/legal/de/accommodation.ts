import type { LegalFormSeed } from "../../types";
import { FIRST_VERSION_EFFECTIVE_FROM } from "../options";

// German translation of accommodationV1 (same keys and values), for review by a native speaker
// and legal counsel (docs/decisions/0042).
export const accommodationDeV1: LegalFormSeed = {
  kind: "ACCOMMODATION",
  version: "1",
  language: "de",
  title: "Angemessene Vorkehrungen",
  effectiveFrom: FIRST_VERSION_EFFECTIVE_FROM,
  bodyMarkdown: `Unser Auswahlverfahren umfasst in der Regel diese Online-Bewerbung, Video- oder Telefongespräche mit dem Recruiting und der einstellenden Führungskraft, technische Interviews und eine Gesprächsrunde mit mehreren Interviewenden, teils vor Ort.

Wenn Sie für einen Teil des Bewerbungs- oder Auswahlverfahrens angemessene Vorkehrungen benötigen, teilen Sie uns das hier mit. Das sehen nur unsere Koordinierenden für Vorkehrungen; es wird nie an die Personen weitergegeben, die Ihre Bewerbung beurteilen.

Eine solche Anfrage hat keinen Einfluss darauf, wie Ihre Bewerbung beurteilt wird. Wenn Interviewende etwas anders machen müssen, etwa Fragen vorab schicken, erfahren sie nur, was zu tun ist, niemals warum. Dieser Abschnitt ist freiwillig. Sie können eine Anfrage auch später auf Ihrer Statusseite stellen oder ändern oder an hr@cloudflare.com bzw. 101 Townsend St. San Francisco, CA 94107, USA schreiben.`,
  questions: [
    {
      key: "kinds",
      prompt: "Welche Vorkehrung würde Ihnen helfen? Wählen Sie alle zutreffenden aus.",
      options: [
        { value: "APPLICATION_PROCESS_CHANGE", label: "Eine Änderung am Bewerbungs- oder Auswahlverfahren" },
        { value: "ALTERNATE_FORMAT_DOCUMENTS", label: "Unterlagen in einem anderen Format" },
        {
          value: "SIGN_LANGUAGE_INTERPRETER",
          label: "Eine Gebärdensprachdolmetscherin oder ein Gebärdensprachdolmetscher",
        },
        { value: "SPECIALIZED_EQUIPMENT", label: "Spezielle Ausstattung" },
        { value: "OTHER", label: "Etwas anderes" },
      ],
    },
    {
      key: "preferredContact",
      prompt: "Wie soll unsere Koordination für Vorkehrungen Sie dazu kontaktieren?",
      options: [
        { value: "EMAIL", label: "E-Mail" },
        { value: "PHONE", label: "Telefon" },
      ],
    },
  ],
};
