import { TEXT_LIMITS } from "@/lib/submissions/limits";
import { TextField } from "./controls";
import { DocumentInput } from "./document-input";
import { FormSection } from "./form-section";

export function DocumentsSection() {
  return (
    <FormSection id="documents" title="Resume and links">
      <DocumentInput name="resume" label="Resume" required />
      <DocumentInput name="coverLetterFile" label="Cover letter file" />
      <TextField
        name="coverLetterText"
        label="Cover letter"
        multiline
        hint="Or write it here instead of attaching a file."
        maxLength={TEXT_LIMITS.coverLetter}
      />
      <TextField name="linkedinUrl" label="LinkedIn profile" type="url" inputMode="url" maxLength={TEXT_LIMITS.url} />
      <TextField name="githubUrl" label="GitHub profile" type="url" inputMode="url" maxLength={TEXT_LIMITS.url} />
      <TextField
        name="websiteUrl"
        label="Website"
        type="url"
        inputMode="url"
        autoComplete="url"
        maxLength={TEXT_LIMITS.url}
      />
    </FormSection>
  );
}
