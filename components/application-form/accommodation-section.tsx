"use client";
import { useWatch } from "react-hook-form";
import { ACCOMMODATION_WORDING as WORDING, accommodationOptions } from "@/lib/accommodations/wording";
import type { LegalFormForForm } from "@/lib/submissions/form-context";
import { TEXT_LIMITS } from "@/lib/submissions/limits";
import { CheckboxField, ChoiceGroup, TextField } from "./controls";
import { FormSection, LegalText } from "./form-section";

export function AccommodationSection({ form, html }: { form: LegalFormForForm; html: string | undefined }) {
  const requested = useWatch({ name: "accommodation.requested" }) as boolean | undefined;
  const { kinds, contact } = accommodationOptions(form);
  return (
    <FormSection id="accommodation" title="Reasonable accommodation (optional)">
      <LegalText html={html} className="mb-5" />
      <CheckboxField name="accommodation.requested" label={WORDING.requestLabel} />
      {requested ? (
        <div className="border-l-4 border-blue-200 pl-4">
          <ChoiceGroup
            name="accommodation.kinds"
            legend={WORDING.kindsLegend}
            options={kinds}
            multiple
            hint={WORDING.kindsHint}
          />
          <TextField
            name="accommodation.details"
            label={WORDING.detailsLabel}
            multiline
            maxLength={TEXT_LIMITS.accommodationDetails}
            hint={WORDING.detailsHint}
          />
          <ChoiceGroup
            name="accommodation.preferredContact"
            legend={WORDING.contactLegend}
            options={contact}
            required
          />
        </div>
      ) : null}
    </FormSection>
  );
}
