// What the application form may offer from a chosen resume: its text read in the document sandbox
// (lib/files/document-text-sandbox.ts), nothing stored, each suggestion one the form would accept.
import "server-only";
import { CandidateRefusal } from "@/lib/candidate-rights/candidate-refusal";
import { detectDocumentType } from "@/lib/files/detect-document-type";
import { extractDocumentText } from "@/lib/files/extract-document-text";
import { emailField, optionalWebUrl, phoneField, requiredText } from "@/lib/submissions/schema-fields";
import { TEXT_LIMITS } from "@/lib/submissions/limits";
import { extractContact, type ContactField, type ContactSuggestions } from "./extract-contact";

// The application form's own field rules (lib/submissions/schema.ts builds on the same pieces):
// a suggestion the form would refuse is never offered.
const FIELD_RULES: Record<ContactField, { safeParse: (value: unknown) => { success: boolean } }> = {
  firstName: requiredText("firstName", TEXT_LIMITS.name),
  lastName: requiredText("lastName", TEXT_LIMITS.name),
  email: emailField,
  phone: phoneField,
  location: requiredText("location", TEXT_LIMITS.location),
  linkedinUrl: optionalWebUrl("linkedinUrl", TEXT_LIMITS.url),
  githubUrl: optionalWebUrl("githubUrl", TEXT_LIMITS.url),
  websiteUrl: optionalWebUrl("websiteUrl", TEXT_LIMITS.url),
};

export type ResumeSuggestionsResult = { suggestions: ContactSuggestions; textFound: boolean };

export async function suggestContactFromResume(file: File): Promise<ResumeSuggestionsResult> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const contentType = await detectDocumentType(bytes);
  if (!contentType)
    throw new CandidateRefusal(
      "VALIDATION",
      "documentUnreadable",
      { document: "resume" },
      { path: "resume", key: "documentUnreadableField" },
    );
  const text = await extractDocumentText(bytes, contentType);
  if (text === null)
    throw new CandidateRefusal("VALIDATION", "resumeNotRead", {}, { path: "resume", key: "resumeNotReadField" });
  const found = extractContact(text);
  const suggestions: ContactSuggestions = {};
  for (const field of Object.keys(found) as ContactField[]) {
    const value = found[field];
    if (value && FIELD_RULES[field].safeParse(value).success) suggestions[field] = value;
  }
  // Half a name would fill one field with the other's part: both or neither.
  if (!suggestions.firstName || !suggestions.lastName) {
    delete suggestions.firstName;
    delete suggestions.lastName;
  }
  return { suggestions, textFound: text.length > 0 };
}
