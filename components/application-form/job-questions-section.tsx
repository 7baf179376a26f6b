import { useTranslations } from "next-intl";
import type { JobQuestionForForm } from "@/lib/submissions/form-context";
import { TEXT_LIMITS } from "@/lib/submissions/limits";
import { ChoiceGroupField, SelectField, TextareaField, TextInputField } from "@/components/forms/form-fields";
import { FormSection } from "./form-section";

export function JobQuestionsSection({ questions }: { questions: JobQuestionForForm[] }) {
  const t = useTranslations("apply.questions");
  if (questions.length === 0) return null;
  return (
    <FormSection id="questions" title={t("title")}>
      {questions.map((question) => (
        <JobQuestionField key={question.id} question={question} />
      ))}
    </FormSection>
  );
}

function JobQuestionField({ question }: { question: JobQuestionForForm }) {
  const t = useTranslations("apply.questions");
  const words = useTranslations("apply");
  const common = {
    path: `answers.${question.id}`,
    label: question.label,
    required: question.required,
    markOptional: true,
    hint: question.description ?? undefined,
  };
  const choice = { ...common, requiredLabel: words("requiredWord") };
  const options = question.options.map((option) => ({ value: String(option.id), label: option.label }));
  switch (question.type) {
    case "SHORT_TEXT":
      return <TextInputField {...common} maxLength={TEXT_LIMITS.shortAnswer} />;
    case "LONG_TEXT":
      return <TextareaField {...common} rows={6} maxLength={TEXT_LIMITS.longAnswer} />;
    case "URL":
      return <TextInputField {...common} type="url" inputMode="url" maxLength={TEXT_LIMITS.url} />;
    case "NUMBER":
      return <TextInputField {...common} type="number" inputMode="decimal" step="any" />;
    case "YES_NO":
      return (
        <ChoiceGroupField
          {...choice}
          options={[
            { value: "YES", label: t("yes") },
            { value: "NO", label: t("no") },
          ]}
        />
      );
    case "SINGLE_SELECT":
      return options.length > 5 ? (
        <SelectField {...common}>
          <option value="">{t("choose")}</option>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </SelectField>
      ) : (
        <ChoiceGroupField {...choice} options={options} />
      );
    case "MULTI_SELECT":
      return <ChoiceGroupField {...choice} options={options} multiple />;
  }
}
