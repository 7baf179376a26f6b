import type { LegalFormForForm } from "@/lib/submissions/form-context";
import { CheckboxField } from "./controls";
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
      <details className="mb-5 rounded-md border border-slate-300 p-4">
        <summary className="cursor-pointer font-medium text-slate-900">
          Read the privacy notice ({notice.title}, version {notice.version})
        </summary>
        <div className="prose-posting mt-3 text-slate-800" dangerouslySetInnerHTML={{ __html: html ?? "" }} />
      </details>
      <CheckboxField
        name="privacyAcknowledged"
        label={
          <>
            I have read the privacy notice and understand how {organizationName} will use my application data.
            <span className="text-red-800" aria-hidden="true">
              {" "}
              *
            </span>
          </>
        }
      />
      <CheckboxField
        name="keepOnFile"
        label="You may keep my application on file and contact me about other roles (optional; you can withdraw this consent at any time)."
      />
    </FormSection>
  );
}
