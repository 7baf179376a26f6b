// What the application form needs to render and validate: built on the server from the job and
// the current legal texts, passed to the client form, and used again by the server to validate.
import type { FormQuestion } from "@/lib/legal/form-content";

export const QUESTION_TYPES = [
  "SHORT_TEXT",
  "LONG_TEXT",
  "SINGLE_SELECT",
  "MULTI_SELECT",
  "YES_NO",
  "NUMBER",
  "URL",
] as const;
export type QuestionTypeName = (typeof QUESTION_TYPES)[number];

export type JobQuestionForForm = {
  id: number;
  label: string;
  description: string | null;
  type: QuestionTypeName;
  required: boolean;
  options: { id: number; label: string }[];
};

export type LegalFormForForm = {
  id: string;
  version: string;
  /** The language of this wording: the form's locale, or English when that has no version (decision 0042). */
  language: string;
  title: string;
  bodyMarkdown: string;
  questions: FormQuestion[];
  ombNumber: string | null;
  /** ISO date (YYYY-MM-DD) */
  ombExpiresOn: string | null;
};

export const SELF_ID_FORMS = ["gender", "ethnicity", "race", "veteran", "disability"] as const;
export type SelfIdFormName = (typeof SELF_ID_FORMS)[number];

export type ApplicationFormContext = {
  jobId: number;
  jobSlug: string;
  jobTitle: string;
  organizationName: string;
  questions: JobQuestionForForm[];
  legal: {
    privacyNotice: LegalFormForForm;
    workAuthorization: LegalFormForForm;
    exportControl: LegalFormForForm;
    accommodation: LegalFormForForm;
  };
  /** Present only when the job asks for self-identification; each form only when enabled. */
  selfId: {
    invitation: LegalFormForForm;
    forms: Partial<Record<SelfIdFormName, LegalFormForForm>>;
  } | null;
};

/** The answer options of a legal form's question, found by key (or the first question). */
export function legalQuestion(form: LegalFormForForm, key?: string): FormQuestion | undefined {
  return (
    (key ? form.questions.find((question) => question.key === key) : undefined) ?? (key ? undefined : form.questions[0])
  );
}

/** The ids of every legal text the form shows: what the answers will say the candidate saw. */
export function currentLegalVersionIds(context: ApplicationFormContext) {
  return {
    privacyNotice: context.legal.privacyNotice.id,
    workAuthorization: context.legal.workAuthorization.id,
    exportControl: context.legal.exportControl.id,
    accommodation: context.legal.accommodation.id,
    selfId: context.selfId
      ? [context.selfId.invitation.id, ...Object.values(context.selfId.forms).map((form) => form.id)]
      : [],
  };
}
