import { APPLICATION_FIELD_LABELS } from "@/lib/submissions/labels";
import { TEXT_LIMITS } from "@/lib/submissions/limits";
import { TextInputField } from "@/components/forms/form-fields";
import { FormSection } from "./form-section";

export function ContactSection() {
  return (
    <FormSection id="contact" title="About you">
      <div className="grid gap-x-6 gap-y-5 sm:grid-cols-2">
        <TextInputField
          markOptional
          path="firstName"
          label={APPLICATION_FIELD_LABELS.firstName}
          required
          autoComplete="given-name"
          maxLength={TEXT_LIMITS.name}
        />
        <TextInputField
          markOptional
          path="lastName"
          label={APPLICATION_FIELD_LABELS.lastName}
          required
          autoComplete="family-name"
          maxLength={TEXT_LIMITS.name}
        />
        <TextInputField
          markOptional
          path="preferredName"
          label={APPLICATION_FIELD_LABELS.preferredName}
          hint="What you would like us to call you."
          autoComplete="nickname"
          maxLength={TEXT_LIMITS.name}
        />
        <TextInputField
          markOptional
          path="pronouns"
          label={APPLICATION_FIELD_LABELS.pronouns}
          hint="For example she/her, he/him, they/them."
          maxLength={TEXT_LIMITS.pronouns}
        />
        <TextInputField
          markOptional
          path="email"
          label={APPLICATION_FIELD_LABELS.email}
          type="email"
          required
          autoComplete="email"
          maxLength={TEXT_LIMITS.email}
        />
        <TextInputField
          markOptional
          path="phone"
          label={APPLICATION_FIELD_LABELS.phone}
          type="tel"
          required
          autoComplete="tel"
          maxLength={TEXT_LIMITS.phone}
          hint="Include the country code, e.g. +1 415 555 0100."
        />
      </div>
      <TextInputField
        markOptional
        path="location"
        label={APPLICATION_FIELD_LABELS.location}
        required
        hint="City and country."
        autoComplete="address-level2"
        maxLength={TEXT_LIMITS.location}
      />
    </FormSection>
  );
}
