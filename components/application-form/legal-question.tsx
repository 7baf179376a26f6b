import { legalQuestion, type LegalFormForForm } from "@/lib/submissions/form-context";
import { ChoiceGroup } from "./controls";

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
  const question = legalQuestion(form, questionKey);
  if (!question) return null;
  return (
    <ChoiceGroup name={name} legend={question.prompt} options={question.options} required={required} hint={hint} />
  );
}
