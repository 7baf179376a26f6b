import { useTranslations } from "next-intl";
import type { ApplicationFormContext } from "@/lib/submissions/form-context";
import { FormSection, LegalText } from "./form-section";
import { LegalQuestion } from "./legal-question";

type Props = { legal: ApplicationFormContext["legal"]; legalHtml: Record<string, string> };

export function EligibilitySection({ legal, legalHtml }: Props) {
  const { workAuthorization, exportControl } = legal;
  const t = useTranslations("apply.eligibility");
  return (
    <FormSection id="eligibility" title={t("title")}>
      <LegalText html={legalHtml[workAuthorization.id]} language={workAuthorization.language} className="mb-4" />
      <LegalQuestion
        form={workAuthorization}
        questionKey="authorizedToWork"
        name="workAuthorization.authorizedToWork"
        required
      />
      <LegalQuestion
        form={workAuthorization}
        questionKey="requiresSponsorship"
        name="workAuthorization.requiresSponsorship"
        required
      />
      <LegalText html={legalHtml[exportControl.id]} language={exportControl.language} className="mt-8 mb-4" />
      <LegalQuestion
        form={exportControl}
        questionKey="canReceiveWithoutLicense"
        name="exportControl.canReceiveWithoutLicense"
        required
      />
      <LegalQuestion form={exportControl} questionKey="usPerson" name="exportControl.usPerson" />
    </FormSection>
  );
}
