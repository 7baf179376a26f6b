import type {
  EmploymentType,
  HiringTeamRole,
  JobStatus,
  QuestionType,
  RemotePolicy,
  SalaryUnit,
  SelfIdModule,
  StageKind,
} from "@/lib/generated/prisma/enums";
import type { Tone } from "@/lib/utils/tone";

// Candidate-facing wording of the job enums, and formatting that must render identically on
// every server (fixed locale and UTC, so a statically cached page never flips a date).

export const EMPLOYMENT_TYPE_LABELS: Record<EmploymentType, string> = {
  FULL_TIME: "Full-time",
  PART_TIME: "Part-time",
  CONTRACTOR: "Contract",
  TEMPORARY: "Temporary",
  INTERN: "Internship",
};

export const REMOTE_POLICY_LABELS: Record<RemotePolicy, string> = {
  ON_SITE: "On-site",
  HYBRID: "Hybrid",
  REMOTE: "Remote",
};

export const SALARY_UNIT_LABELS: Record<SalaryUnit, string> = {
  HOUR: "per hour",
  MONTH: "per month",
  YEAR: "per year",
};

const countryNames = new Intl.DisplayNames(["en"], { type: "region" });

export function countryName(code: string): string {
  try {
    return countryNames.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

export type OfficePlace = { locality: string; region: string | null; countryCode: string };

export function officeLabel(office: OfficePlace): string {
  return [office.locality, office.region, countryName(office.countryCode)].filter(Boolean).join(", ");
}

export type Salary = { min: number | null; max: number | null; currency: string; unit: SalaryUnit };

export function formatSalary(salary: Salary): string {
  const money = new Intl.NumberFormat("en-US", {
    style: "currency",
    currency: salary.currency,
    maximumFractionDigits: 0,
  });
  const { min, max } = salary;
  let range: string;
  if (min !== null && max !== null)
    range = min === max ? money.format(min) : `${money.format(min)} – ${money.format(max)}`;
  else if (min !== null) range = `From ${money.format(min)}`;
  else range = `Up to ${money.format(max ?? 0)}`;
  return `${range} ${SALARY_UNIT_LABELS[salary.unit]}`;
}

export type JobWhere = { remotePolicy: RemotePolicy; remoteCountryCodes: string[]; offices: OfficePlace[] };

/** Where the work happens, in one line: the countries of a remote job, else its offices. */
export function jobLocationText(job: JobWhere): string {
  const countries = job.remoteCountryCodes.map(countryName);
  if (job.remotePolicy === "REMOTE" && countries.length > 0) return `Remote in ${listFormat.format(countries)}`;
  if (job.offices.length > 0) return job.offices.map(officeLabel).join(" · ");
  return REMOTE_POLICY_LABELS[job.remotePolicy];
}

const listFormat = new Intl.ListFormat("en", { style: "long", type: "disjunction" });

// Staff-facing wording of the job editor's enums.

export const JOB_STATUS_LABELS: Record<JobStatus, string> = {
  DRAFT: "Draft",
  PUBLISHED: "Published",
  CLOSED: "Closed",
};

export const JOB_STATUS_TONES: Record<JobStatus, Tone> = { DRAFT: "warning", PUBLISHED: "success", CLOSED: "neutral" };

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
