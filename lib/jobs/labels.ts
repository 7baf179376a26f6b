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

const countryNames = new Map<string, Intl.DisplayNames>();

export const countryName = (code: string): string => countryNameIn("en", code);

/** A country's name in a candidate page's language. */
export function countryNameIn(locale: string, code: string): string {
  let names = countryNames.get(locale);
  if (!names) {
    names = new Intl.DisplayNames([locale], { type: "region" });
    countryNames.set(locale, names);
  }
  try {
    return names.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

export type OfficePlace = { locality: string; region: string | null; countryCode: string };

export const officeLabel = (office: OfficePlace): string => officeLabelIn("en", office);

export function officeLabelIn(locale: string, office: OfficePlace): string {
  return [office.locality, office.region, countryNameIn(locale, office.countryCode)].filter(Boolean).join(", ");
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

/** The wording jobLocationText() uses; a candidate page passes its language's. */
export type JobLocationWording = {
  locale: string;
  remoteIn: (countries: string) => string;
  remotePolicy: Record<RemotePolicy, string>;
};

const ENGLISH_LOCATION_WORDING: JobLocationWording = {
  locale: "en",
  remoteIn: (countries) => `Remote in ${countries}`,
  remotePolicy: REMOTE_POLICY_LABELS,
};

/** Where the work happens, in one line: the countries of a remote job, else its offices. */
export function jobLocationText(job: JobWhere, wording = ENGLISH_LOCATION_WORDING): string {
  const { locale } = wording;
  const countries = job.remoteCountryCodes.map((code) => countryNameIn(locale, code));
  if (job.remotePolicy === "REMOTE" && countries.length > 0)
    return wording.remoteIn(new Intl.ListFormat(locale, { style: "long", type: "disjunction" }).format(countries));
  if (job.offices.length > 0) return job.offices.map((office) => officeLabelIn(locale, office)).join(" · ");
  return wording.remotePolicy[job.remotePolicy];
}

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
