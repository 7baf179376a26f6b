// The accommodation request's wording, shared by the application form and the status page so a
// candidate reads the same words in both places. The options come from the legal text in force
// (FormVersion ACCOMMODATION); the labels below are the fallbacks when a version has none.
import { legalQuestion, type LegalFormForForm } from "@/lib/submissions/form-context";

export const ACCOMMODATION_WORDING = {
  requestLabel: "I would like to request an accommodation for the application or interview process",
  kindsLegend: "What would help?",
  kindsHint: "Choose any that apply.",
  detailsLabel: "Tell us more",
  detailsHint: "Describe what would help you in the process. You do not need to tell us about any condition.",
  contactLegend: "How should our accommodations coordinator contact you?",
} as const;

export const DEFAULT_ACCOMMODATION_KIND_LABELS: Record<string, string> = {
  APPLICATION_PROCESS_CHANGE: "A change to the application or interview process",
  ALTERNATE_FORMAT_DOCUMENTS: "Documents in an alternate format",
  SIGN_LANGUAGE_INTERPRETER: "A sign language interpreter",
  SPECIALIZED_EQUIPMENT: "Specialized equipment",
  OTHER: "Something else",
};

const DEFAULT_CONTACT_OPTIONS = [
  { value: "EMAIL", label: "Email" },
  { value: "PHONE", label: "Phone" },
];

/** The kinds and contact methods a version of the accommodation text offers, in its words. */
export function accommodationOptions(form: Pick<LegalFormForForm, "questions">) {
  const question = (key: string) => legalQuestion(form as LegalFormForForm, key);
  const kinds =
    question("kinds")?.options ??
    Object.entries(DEFAULT_ACCOMMODATION_KIND_LABELS).map(([value, label]) => ({ value, label }));
  const contact = question("preferredContact")?.options ?? DEFAULT_CONTACT_OPTIONS;
  return { kinds, contact };
}
