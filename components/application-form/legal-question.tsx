import { useTranslations } from "next-intl";
import { ChoiceGroupField } from "@/components/forms/form-fields";
import { legalQuestion, type LegalFormForForm } from "@/lib/submissions/form-context";

/** A question of a versioned legal text, worded and optioned exactly as that version says. */
export function LegalQuestion({
  form,
  questionKey,
  name,
  required,
  hint,
}: {
  form: LegalFormForForm;
  questionKey?: string;
  name: string;
  required?: boolean;
  hint?: string;
}) {
  const t = useTranslations("apply");
  const question = legalQuestion(form, questionKey);
  if (!question) return null;
  return (
    <ChoiceGroupField
      path={name}
      label={question.prompt}
      options={question.options}
      required={required}
      requiredLabel={t("requiredWord")}
      markOptional
      hint={hint}
    />
  );
}
