"use client";
import { useTranslations } from "next-intl";
import { useWatch } from "react-hook-form";
import { accommodationOptions } from "@/lib/accommodations/wording";
import type { LegalFormForForm } from "@/lib/submissions/form-context";
import { TEXT_LIMITS } from "@/lib/submissions/limits";
import { CheckboxInputField, ChoiceGroupField, TextareaField } from "@/components/forms/form-fields";
import { FormSection, LegalText } from "./form-section";

export function AccommodationSection({ form, html }: { form: LegalFormForForm; html: string | undefined }) {
  const requested = useWatch({ name: "accommodation.requested" }) as boolean | undefined;
  const { kinds, contact } = accommodationOptions(form);
  const t = useTranslations("apply.accommodation");
  const words = useTranslations("apply");
  return (
    <FormSection id="accommodation" title={t("title")}>
      <LegalText html={html} language={form.language} className="mb-5" />
      <CheckboxInputField path="accommodation.requested" label={t("requestLabel")} />
      {requested ? (
        <div className="space-y-5 border-l-4 border-line pl-4">
          <ChoiceGroupField
            path="accommodation.kinds"
            label={t("kindsLegend")}
            options={kinds}
            multiple
            markOptional
            hint={t("kindsHint")}
          />
          <TextareaField
            path="accommodation.details"
            label={t("detailsLabel")}
            rows={6}
            markOptional
            maxLength={TEXT_LIMITS.accommodationDetails}
            hint={t("detailsHint")}
          />
          <ChoiceGroupField
            path="accommodation.preferredContact"
            label={t("contactLegend")}
            options={contact}
            required
            requiredLabel={words("requiredWord")}
          />
        </div>
      ) : null}
    </FormSection>
  );
}
