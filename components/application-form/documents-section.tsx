import { APPLICATION_FIELD_LABELS } from "@/lib/submissions/labels";
import { TEXT_LIMITS } from "@/lib/submissions/limits";
import { TextareaField, TextInputField } from "@/components/forms/form-fields";
import { DocumentInput } from "./document-input";
import { FormSection } from "./form-section";
import { ResumeSuggestions, useResumeSuggestions } from "./resume-suggestions";

export function DocumentsSection() {
  const resumeSuggestions = useResumeSuggestions();
  return (
    <FormSection id="documents" title="Resume and links">
      <DocumentInput name="resume" label="Resume" required onPicked={(file) => void resumeSuggestions.read(file)} />
      <ResumeSuggestions state={resumeSuggestions.state} markUsed={resumeSuggestions.markUsed} />
      <DocumentInput name="coverLetterFile" label="Cover letter file" />
      <TextareaField
        markOptional
        path="coverLetterText"
        label="Cover letter"
        rows={6}
        hint="Or write it here instead of attaching a file."
        maxLength={TEXT_LIMITS.coverLetter}
      />
      <TextInputField
        markOptional
        path="linkedinUrl"
        label={APPLICATION_FIELD_LABELS.linkedinUrl}
        type="url"
        inputMode="url"
        maxLength={TEXT_LIMITS.url}
      />
      <TextInputField
        markOptional
        path="githubUrl"
        label={APPLICATION_FIELD_LABELS.githubUrl}
        type="url"
        inputMode="url"
        maxLength={TEXT_LIMITS.url}
      />
      <TextInputField
        markOptional
        path="websiteUrl"
        label={APPLICATION_FIELD_LABELS.websiteUrl}
        type="url"
        inputMode="url"
        autoComplete="url"
        maxLength={TEXT_LIMITS.url}
      />
    </FormSection>
  );
}
