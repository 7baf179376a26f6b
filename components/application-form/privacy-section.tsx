import type { LegalFormForForm } from "@/lib/submissions/form-context";
import { CheckboxInputField } from "@/components/forms/form-fields";
import { FormSection } from "./form-section";

export function PrivacySection({
  notice,
  html,
  organizationName,
}: {
  notice: LegalFormForForm;
  html: string | undefined;
  organizationName: string;
}) {
  return (
    <FormSection id="privacy" title="Your privacy">
      <details className="rounded-md border border-line p-4">
        <summary className="cursor-pointer font-medium text-ink">
          Read the privacy notice ({notice.title}, version {notice.version})
        </summary>
        <div className="prose-posting mt-3 text-ink" dangerouslySetInnerHTML={{ __html: html ?? "" }} />
      </details>
      <CheckboxInputField
        path="privacyAcknowledged"
        label={`I have read the privacy notice and understand how ${organizationName} will use my application data.`}
        required
      />
      <CheckboxInputField
        path="keepOnFile"
        label="You may keep my application on file and contact me about other roles (optional; you can withdraw this consent at any time)."
      />
    </FormSection>
  );
}
