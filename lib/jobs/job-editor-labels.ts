import type {
  HiringTeamRole,
  JobStatus,
  QuestionType,
  SalaryUnit,
  SelfIdModule,
  StageKind,
} from "@/lib/generated/prisma/enums";

// Staff-facing wording of the job editor's enums (candidate-facing wording is in job-labels.ts).

export const JOB_STATUS_LABELS: Record<JobStatus, string> = {
  DRAFT: "Draft",
  PUBLISHED: "Published",
  CLOSED: "Closed",
};

export const QUESTION_TYPE_LABELS: Record<QuestionType, string> = {
  SHORT_TEXT: "Short text",
  LONG_TEXT: "Long text",
  SINGLE_SELECT: "Single select",
  MULTI_SELECT: "Multi select",
  YES_NO: "Yes / no",
  NUMBER: "Number",
  URL: "Link (URL)",
};

export const STAGE_KIND_LABELS: Record<StageKind, string> = {
  APPLIED: "Applied",
  SCREEN: "Screen",
  INTERVIEW: "Interview",
  OFFER: "Offer",
  HIRED: "Hired",
};

export const SALARY_UNIT_OPTIONS: Record<SalaryUnit, string> = {
  HOUR: "Per hour",
  MONTH: "Per month",
  YEAR: "Per year",
};

export const HIRING_TEAM_ROLE_LABELS: Record<HiringTeamRole, string> = {
  HIRING_MANAGER: "Hiring manager",
  INTERVIEWER: "Interviewer",
};

export const SELF_ID_MODULE_LABELS: Record<SelfIdModule, string> = {
  GENDER: "Gender",
  ETHNICITY_RACE: "Hispanic or Latino, and race",
  VETERAN: "Protected veteran status",
  DISABILITY: "Disability (Form CC-305)",
};
