// THE mapping between Greenhouse Job Board field names and the paths of the application form
// schema (lib/submissions/schema.ts). One table per job, used to publish `questions`, to map
// POSTed fields onto the payload, and to map validation errors back to the names clients sent.
import type { ApplicationFormContext, JobQuestionForForm } from "@/lib/submissions/form-context";
import { renderMarkdown } from "@/lib/markdown/render-markdown";
import {
  field,
  question,
  YES_NO_VALUES,
  type ApplicationField,
  type ApplicationFieldTable,
  type ApplicationQuestion,
} from "./application-field-types";
import * as codec from "./field-codecs";
import { buildComplianceBlocks, buildLegalQuestions } from "./legal-application-fields";

const text = (name: string, path: string) => field(name, path, "input_text", codec.text);

const IDENTITY_QUESTIONS: ApplicationQuestion[] = [
  question("First Name", true, [text("first_name", "firstName")]),
  question("Last Name", true, [text("last_name", "lastName")]),
  question("Preferred Name", false, [text("preferred_name", "preferredName")]),
  question("Pronouns", false, [text("pronouns", "pronouns")]),
  question("Email", true, [text("email", "email")]),
  question("Phone", true, [text("phone", "phone")]),
  question(
    "Resume",
    true,
    [field("resume", "resume", "input_file", codec.file)],
    "<p>PDF or Word (.docx), at most 10 MB. JSON clients send <code>resume_content</code> (base64) and <code>resume_content_filename</code>.</p>",
  ),
  question(
    "Cover Letter",
    false,
    [
      field("cover_letter", "coverLetterFile", "input_file", codec.file),
      field("cover_letter_text", "coverLetterText", "textarea", codec.text),
    ],
    "<p>A PDF or Word (.docx) file, or the text. JSON clients send files as <code>cover_letter_content</code> (base64) and <code>cover_letter_content_filename</code>.</p>",
  ),
  question("LinkedIn Profile", false, [text("linkedin_profile_url", "linkedinUrl")]),
  question("GitHub Profile", false, [text("github_profile_url", "githubUrl")]),
  question("Website", false, [text("website_url", "websiteUrl")]),
];

const LOCATION_QUESTIONS: ApplicationQuestion[] = [
  question("Location (city and country)", true, [text("location", "location")]),
];

export function jobQuestionFieldName(questionId: number): string {
  return `question_${questionId}`;
}

function jobQuestionField(jobQuestion: JobQuestionForForm): ApplicationField {
  const name = jobQuestionFieldName(jobQuestion.id);
  const path = `answers.${jobQuestion.id}`;
  const options = jobQuestion.options.map((option) => ({ value: option.id, label: option.label }));
  switch (jobQuestion.type) {
    case "LONG_TEXT":
      return field(name, path, "textarea", codec.text);
    case "SHORT_TEXT":
    case "URL":
      return field(name, path, "input_text", codec.text);
    case "NUMBER":
      return field(name, path, "input_text", codec.scalar);
    case "YES_NO":
      return field(name, path, "multi_value_single_select", codec.yesNo, YES_NO_VALUES);
    case "SINGLE_SELECT":
      return field(name, path, "multi_value_single_select", codec.scalar, options);
    case "MULTI_SELECT":
      return field(name, path, "multi_value_multi_select", codec.optionIds, options);
  }
}

function jobQuestions(context: ApplicationFormContext): ApplicationQuestion[] {
  return context.questions.map((jobQuestion) =>
    question(
      jobQuestion.label,
      jobQuestion.required,
      [jobQuestionField(jobQuestion)],
      jobQuestion.description ? renderMarkdown(jobQuestion.description) : null,
    ),
  );
}

/** Every field a candidate can or must answer for this job, in the order a form shows them. */
export function buildApplicationFieldTable(context: ApplicationFormContext): ApplicationFieldTable {
  return {
    questions: [...IDENTITY_QUESTIONS, ...jobQuestions(context), ...buildLegalQuestions(context)],
    locationQuestions: LOCATION_QUESTIONS,
    compliance: buildComplianceBlocks(context),
  };
}

export function allFields(table: ApplicationFieldTable): ApplicationField[] {
  const questions = [
    ...table.questions,
    ...table.locationQuestions,
    ...table.compliance.flatMap((block) => block.questions),
  ];
  return questions.flatMap((each) => each.fields);
}
