import { TEXT_LIMITS } from "@/lib/submissions/limits";
import { TextField } from "./controls";
import { FormSection } from "./form-section";

export function ContactSection() {
  return (
    <FormSection id="contact" title="About you">
      <div className="grid gap-x-6 sm:grid-cols-2">
        <TextField
          name="firstName"
          label="First name"
          required
          autoComplete="given-name"
          maxLength={TEXT_LIMITS.name}
        />
        <TextField name="lastName" label="Last name" required autoComplete="family-name" maxLength={TEXT_LIMITS.name} />
        <TextField
          name="preferredName"
          label="Preferred name"
          hint="What you would like us to call you."
          autoComplete="nickname"
          maxLength={TEXT_LIMITS.name}
        />
        <TextField
          name="pronouns"
          label="Pronouns"
          hint="For example she/her, he/him, they/them."
          maxLength={TEXT_LIMITS.pronouns}
        />
        <TextField
          name="email"
          label="Email"
          type="email"
          required
          autoComplete="email"
          maxLength={TEXT_LIMITS.email}
        />
        <TextField
          name="phone"
          label="Phone"
          type="tel"
          required
          autoComplete="tel"
          maxLength={TEXT_LIMITS.phone}
          hint="Include the country code, e.g. +1 415 555 0100."
        />
      </div>
      <TextField
        name="location"
        label="Where do you live?"
        required
        hint="City and country."
        autoComplete="address-level2"
        maxLength={TEXT_LIMITS.location}
      />
    </FormSection>
  );
}
