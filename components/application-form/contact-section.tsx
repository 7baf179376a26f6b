import { useTranslations } from "next-intl";
import { TEXT_LIMITS } from "@/lib/submissions/limits";
import { TextInputField } from "@/components/forms/form-fields";
import { FormSection } from "./form-section";

export function ContactSection() {
  const t = useTranslations("apply");
  return (
    <FormSection id="contact" title={t("contact.title")}>
      <div className="grid gap-x-6 gap-y-5 sm:grid-cols-2">
        <TextInputField
          markOptional
          path="firstName"
          label={t("fields.firstName")}
          required
          autoComplete="given-name"
          maxLength={TEXT_LIMITS.name}
        />
        <TextInputField
          markOptional
          path="lastName"
          label={t("fields.lastName")}
          required
          autoComplete="family-name"
          maxLength={TEXT_LIMITS.name}
        />
        <TextInputField
          markOptional
          path="preferredName"
          label={t("fields.preferredName")}
          hint={t("contact.preferredNameHint")}
          autoComplete="nickname"
          maxLength={TEXT_LIMITS.name}
        />
        <TextInputField
          markOptional
          path="pronouns"
          label={t("fields.pronouns")}
          hint={t("contact.pronounsHint")}
          maxLength={TEXT_LIMITS.pronouns}
        />
        <TextInputField
          markOptional
          path="email"
          label={t("fields.email")}
          type="email"
          required
          autoComplete="email"
          maxLength={TEXT_LIMITS.email}
        />
        <TextInputField
          markOptional
          path="phone"
          label={t("fields.phone")}
          type="tel"
          required
          autoComplete="tel"
          maxLength={TEXT_LIMITS.phone}
          hint={t("contact.phoneHint")}
        />
      </div>
      <TextInputField
        markOptional
        path="location"
        label={t("fields.location")}
        required
        hint={t("contact.locationHint")}
        autoComplete="address-level2"
        maxLength={TEXT_LIMITS.location}
      />
    </FormSection>
  );
}
