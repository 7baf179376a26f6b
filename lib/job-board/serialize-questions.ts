// The field table in the shape of Greenhouse's GET /jobs/{id}?questions=true.
import type { ApplicationFieldTable, ApplicationQuestion } from "./application-field-types";

function serializeQuestion(question: ApplicationQuestion) {
  return {
    required: question.required,
    label: question.label,
    description: question.description,
    fields: question.fields.map((field) => ({ name: field.name, type: field.type, values: field.values })),
  };
}

// Trellis considers an application on the basis of steps before a contract, not consent; the
// one consent it asks (keep on file for other roles) is optional and posted as `keep_on_file`
// (or Greenhouse's data_compliance[gdpr_retention_consent_given]).
const DATA_COMPLIANCE = {
  type: "gdpr",
  requires_consent: false,
  requires_processing_consent: false,
  requires_retention_consent: false,
  retention_period: null,
};

export function serializeQuestions(table: ApplicationFieldTable) {
  return {
    questions: table.questions.map(serializeQuestion),
    location_questions: table.locationQuestions.map(serializeQuestion),
    compliance: table.compliance.map((block) => ({
      type: block.type,
      description: block.description,
      questions: block.questions.map(serializeQuestion),
    })),
    data_compliance: [DATA_COMPLIANCE],
  };
}
