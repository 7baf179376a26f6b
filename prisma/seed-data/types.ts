// Shapes of the content the seed and the test factories write: postings and legal texts.
import type {
  EmploymentType,
  FormKind,
  JobStatus,
  PostingStatement,
  QuestionType,
  RemotePolicy,
} from "../../lib/generated/prisma/enums";
import type { FormQuestion } from "../../lib/legal/form-content";

/** A posting is an ordered list of sections; a null heading is an intro or closing block. */
export type PostingSection = {
  heading: string | null;
  bodyMarkdown: string;
  /** What the section states, for the publishing check (lib/publishing). */
  statements?: PostingStatement[];
};

/**
 * The knockout rule stored in JobQuestion.knockout: an answer that matches it ends the
 * application (the candidate is told kindly, the application is kept and flagged).
 * - YES_NO and SINGLE_SELECT: `{ "rejectIf": ["NO"] }`, values "YES"/"NO" for YES_NO and
 *   option labels for SINGLE_SELECT (answers to options are stored by label).
 * - NUMBER: `{ "rejectIfBelow": 2 }`.
 */
export type KnockoutRule = { rejectIf: string[] } | { rejectIfBelow: number };

export type PostingQuestion = {
  label: string;
  description?: string;
  type: QuestionType;
  required: boolean;
  /** Option labels, in display order (select types only). */
  options?: string[];
  knockout?: KnockoutRule;
};

export type PostingSeed = {
  slug: string;
  title: string;
  summary: string;
  departmentName: string;
  officeNames: string[];
  status: JobStatus;
  employmentType: EmploymentType;
  remotePolicy: RemotePolicy;
  remoteCountryCodes: string[];
  isDemo: boolean;
  /** Offers may depend on an export licence (the posting says so): they need the export-control review. */
  exportControlled?: boolean;
  /** How long before the seed ran the posting went live (published and closed postings). */
  publishedDaysAgo?: number;
  sections: PostingSection[];
  questions: PostingQuestion[];
};

export type LegalFormSeed = {
  kind: FormKind;
  version: string;
  /** The wording's language; English when not given (FormVersion.language). */
  language?: string;
  title: string;
  bodyMarkdown: string;
  questions: FormQuestion[];
  ombNumber?: string;
  /** YYYY-MM-DD */
  ombExpiresOn?: string;
  /** YYYY-MM-DD */
  effectiveFrom: string;
};
