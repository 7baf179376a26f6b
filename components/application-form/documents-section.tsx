import { useTranslations } from "next-intl";
import { TEXT_LIMITS } from "@/lib/submissions/limits";
import { TextareaField, TextInputField } from "@/components/forms/form-fields";
import { DocumentInput } from "./document-input";
import { FormSection } from "./form-section";
import { ResumeSuggestions, useResumeSuggestions } from "./resume-suggestions";

export function DocumentsSection() {
  const resumeSuggestions = useResumeSuggestions();
  const t = useTranslations("apply");
  return (
    <FormSection id="documents" title={t("documents.title")}>
      <DocumentInput
        name="resume"
        label={t("documents.resume")}
        required
        onPicked={(file) => void resumeSuggestions.read(file)}
      />
      <ResumeSuggestions state={resumeSuggestions.state} markUsed={resumeSuggestions.markUsed} />
      <DocumentInput name="coverLetterFile" label={t("documents.coverLetterFile")} />
      <TextareaField
        markOptional
        path="coverLetterText"
        label={t("documents.coverLetter")}
        rows={6}
        hint={t("documents.coverLetterHint")}
        maxLength={TEXT_LIMITS.coverLetter}
      />
      <TextInputField
        markOptional
        path="linkedinUrl"
        label={t("fields.linkedinUrl")}
        type="url"
        inputMode="url"
        maxLength={TEXT_LIMITS.url}
      />
      <TextInputField
        markOptional
        path="githubUrl"
        label={t("fields.githubUrl")}
        type="url"
        inputMode="url"
        maxLength={TEXT_LIMITS.url}
      />
      <TextInputField
        markOptional
        path="websiteUrl"
        label={t("fields.websiteUrl")}
        type="url"
        inputMode="url"
        autoComplete="url"
        maxLength={TEXT_LIMITS.url}
      />
    </FormSection>
  );
}
