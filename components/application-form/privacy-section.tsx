import { useTranslations } from "next-intl";
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
  const t = useTranslations("apply.privacy");
  return (
    <FormSection id="privacy" title={t("title")}>
      <details className="rounded-md border border-line p-4">
        <summary className="cursor-pointer font-medium text-ink">
          {t("readNotice", { title: notice.title, version: notice.version })}
        </summary>
        <div className="prose-posting mt-3 text-ink" dangerouslySetInnerHTML={{ __html: html ?? "" }} />
      </details>
      <CheckboxInputField
        path="privacyAcknowledged"
        label={t("acknowledge", { organization: organizationName })}
        required
      />
      <CheckboxInputField path="keepOnFile" label={t("keepOnFile")} />
    </FormSection>
  );
}
