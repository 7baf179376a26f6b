"use client";
import { useWatch } from "react-hook-form";
import { ACCOMMODATION_WORDING as WORDING, accommodationOptions } from "@/lib/accommodations/wording";
import type { LegalFormForForm } from "@/lib/submissions/form-context";
import { TEXT_LIMITS } from "@/lib/submissions/limits";
import { CheckboxInputField, ChoiceGroupField, TextareaField } from "@/components/forms/form-fields";
import { FormSection, LegalText } from "./form-section";

export function AccommodationSection({ form, html }: { form: LegalFormForForm; html: string | undefined }) {
  const requested = useWatch({ name: "accommodation.requested" }) as boolean | undefined;
  const { kinds, contact } = accommodationOptions(form);
  return (
    <FormSection id="accommodation" title="Reasonable accommodation (optional)">
      <LegalText html={html} className="mb-5" />
      <CheckboxInputField path="accommodation.requested" label={WORDING.requestLabel} />
      {requested ? (
        <div className="space-y-5 border-l-4 border-line pl-4">
          <ChoiceGroupField
            path="accommodation.kinds"
            label={WORDING.kindsLegend}
            options={kinds}
            multiple
            markOptional
            hint={WORDING.kindsHint}
          />
          <TextareaField
            path="accommodation.details"
            label={WORDING.detailsLabel}
            rows={6}
            markOptional
            maxLength={TEXT_LIMITS.accommodationDetails}
            hint={WORDING.detailsHint}
          />
          <ChoiceGroupField
            path="accommodation.preferredContact"
            label={WORDING.contactLegend}
            options={contact}
            required
          />
        </div>
      ) : null}
    </FormSection>
  );
}
