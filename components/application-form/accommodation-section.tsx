"use client";
import { useWatch } from "react-hook-form";
import { legalQuestion, type LegalFormForForm } from "@/lib/applications/form-context";
import { TEXT_LIMITS } from "@/lib/applications/limits";
import { CheckboxField, ChoiceGroup, TextField } from "./controls";
import { FormSection, LegalText } from "./form-section";

const DEFAULT_KIND_LABELS: Record<string, string> = {
  APPLICATION_PROCESS_CHANGE: "A change to the application or interview process",
  ALTERNATE_FORMAT_DOCUMENTS: "Documents in an alternate format",
  SIGN_LANGUAGE_INTERPRETER: "A sign language interpreter",
  SPECIALIZED_EQUIPMENT: "Specialized equipment",
  OTHER: "Something else",
};

export function AccommodationSection({ form, html }: { form: LegalFormForForm; html: string | undefined }) {
  const requested = useWatch({ name: "accommodation.requested" }) as boolean | undefined;
  const kinds = legalQuestion(form, "kinds")?.options ?? Object.entries(DEFAULT_KIND_LABELS).map(([value, label]) => ({ value, label }));
  const contact = legalQuestion(form, "preferredContact")?.options ?? [
    { value: "EMAIL", label: "Email" },
    { value: "PHONE", label: "Phone" },
  ];
  return (
    <FormSection id="accommodation" title="Reasonable accommodation (optional)">
      <LegalText html={html} className="mb-5" />
      <CheckboxField name="accommodation.requested" label="I would like to request an accommodation for the application or interview process" />
      {requested ? (
        <div className="border-l-4 border-blue-200 pl-4">
          <ChoiceGroup name="accommodation.kinds" legend="What would help?" options={kinds} multiple hint="Choose any that apply." />
          <TextField
            name="accommodation.details"
            label="Tell us more"
            multiline
            maxLength={TEXT_LIMITS.accommodationDetails}
            hint="Describe what would help you in the process. You do not need to tell us about any condition."
          />
          <ChoiceGroup name="accommodation.preferredContact" legend="How should our accommodations coordinator contact you?" options={contact} required />
        </div>
      ) : null}
    </FormSection>
  );
}
