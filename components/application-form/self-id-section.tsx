import { useTranslations } from "next-intl";
import { SELF_ID_FORMS, type ApplicationFormContext } from "@/lib/submissions/form-context";
import { FormSection, LegalText } from "./form-section";
import { LegalQuestion } from "./legal-question";

/**
 * Voluntary self-identification: visually and semantically apart from the application, every
 * question optional with a decline answer, and the official form's number and expiry shown.
 */
export function SelfIdSection({
  selfId,
  legalHtml,
}: {
  selfId: NonNullable<ApplicationFormContext["selfId"]>;
  legalHtml: Record<string, string>;
}) {
  const t = useTranslations("apply.selfId");
  return (
    <FormSection id="self-identification" title={t("title")}>
      <div className="mb-6 rounded-md bg-canvas p-4">
        <LegalText html={legalHtml[selfId.invitation.id]} language={selfId.invitation.language} />
        <p className="mt-3 font-medium text-ink">{t("skip")}</p>
      </div>
      {SELF_ID_FORMS.map((name) => {
        const form = selfId.forms[name];
        if (!form) return null;
        return (
          <div key={name} className="mb-8 border-t border-line pt-6">
            <h3 lang={form.language} className="mb-2 text-lg font-semibold text-ink">
              {form.title}
            </h3>
            {form.ombNumber ? (
              <p className="mb-2 text-sm text-ink">
                {t("formNumber", { number: form.ombNumber })}
                {form.ombExpiresOn ? t("expires", { date: form.ombExpiresOn }) : null}
              </p>
            ) : null}
            <LegalText html={legalHtml[form.id]} language={form.language} className="mb-4" />
            <LegalQuestion form={form} name={`selfIdentification.${name}`} />
          </div>
        );
      })}
    </FormSection>
  );
}
