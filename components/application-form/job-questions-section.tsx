import type { JobQuestionForForm } from "@/lib/submissions/form-context";
import { TEXT_LIMITS } from "@/lib/submissions/limits";
import { ChoiceGroup, SelectField, TextField } from "./controls";
import { FormSection } from "./form-section";

export function JobQuestionsSection({ questions }: { questions: JobQuestionForForm[] }) {
  if (questions.length === 0) return null;
  return (
    <FormSection id="questions" title="Questions from the hiring team">
      {questions.map((question) => (
        <JobQuestionField key={question.id} question={question} />
      ))}
    </FormSection>
  );
}

function JobQuestionField({ question }: { question: JobQuestionForForm }) {
  const name = `answers.${question.id}`;
  const common = { name, required: question.required, hint: question.description ?? undefined };
  const options = question.options.map((option) => ({ value: String(option.id), label: option.label }));
  switch (question.type) {
    case "SHORT_TEXT":
      return <TextField {...common} label={question.label} maxLength={TEXT_LIMITS.shortAnswer} />;
    case "LONG_TEXT":
      return <TextField {...common} label={question.label} multiline maxLength={TEXT_LIMITS.longAnswer} />;
    case "URL":
      return <TextField {...common} label={question.label} type="url" inputMode="url" maxLength={TEXT_LIMITS.url} />;
    case "NUMBER":
      return <TextField {...common} label={question.label} type="number" inputMode="decimal" />;
    case "YES_NO":
      return (
        <ChoiceGroup
          {...common}
          legend={question.label}
          options={[
            { value: "YES", label: "Yes" },
            { value: "NO", label: "No" },
          ]}
        />
      );
    case "SINGLE_SELECT":
      return options.length > 5 ? (
        <SelectField {...common} label={question.label} options={options} />
      ) : (
        <ChoiceGroup {...common} legend={question.label} options={options} />
      );
    case "MULTI_SELECT":
      return <ChoiceGroup {...common} legend={question.label} options={options} multiple />;
  }
}
