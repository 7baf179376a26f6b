// The job editor's one schema: the react-hook-form resolver in the browser and the create/update
// actions on the server parse with it. Checks that need the database (unique slug, answered
// questions, stages holding applications) run after it, in lib/jobs/*-job.ts.
import { z } from "zod";
import {
  EmploymentType,
  HiringTeamRole,
  PostingStatement,
  RemotePolicy,
  SalaryUnit,
  SelfIdModule,
} from "@/lib/generated/prisma/enums";
import { LOCALES } from "@/i18n/locales";
import { storableTextCheck } from "@/lib/validations/storable-text";
import { isCountryCode } from "./country-codes";
import { isCurrencyCode } from "./currency-codes";
import { JOB_LIMITS, optionalText, questionSchema, requiredText, stageSchema } from "./job-form-parts";

export { JOB_LIMITS, isSelectType } from "./job-form-parts";

export const JOB_SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** "120,000" and "120 000" are what people type; the database wants 120000. */
const optionalAmount = z
  .string()
  .transform((value) => value.replace(/[\s,_]/g, ""))
  .pipe(z.string().regex(/^\d{0,9}$/, "Enter a whole number, like 120000"))
  .transform((value) => (value === "" ? null : Number(value)));

const sectionSchema = z.object({
  heading: optionalText("the heading", JOB_LIMITS.heading),
  bodyMarkdown: requiredText("the section text", JOB_LIMITS.sectionBody),
  // Declared by staff for the publishing check (lib/publishing), never read from the text.
  statements: z
    .array(z.enum(PostingStatement))
    .max(Object.keys(PostingStatement).length)
    .default([])
    .transform((statements) => [...new Set(statements)]),
});

const attributeSchema = z.object({
  attributeId: z.number().int().positive().optional(),
  name: requiredText("the attribute name", JOB_LIMITS.attributeName),
  description: optionalText("the description", JOB_LIMITS.attributeDescription),
});

const teamMemberSchema = z.object({
  userId: z
    .string()
    .min(1, "Choose a person")
    .max(40)
    .refine(...storableTextCheck()),
  role: z.enum(HiringTeamRole, { error: "Choose a role" }),
});

const stageMoveSchema = z.object({
  fromStageId: z.number().int().positive(),
  toStageKey: z.string().min(1, "Choose where its applications go").max(40),
});

export const jobFormSchema = z
  .object({
    title: requiredText("a job title", JOB_LIMITS.title),
    slug: z
      .string()
      .trim()
      .min(1, "Enter the address of the posting")
      .max(JOB_LIMITS.slug, `Keep the address to ${JOB_LIMITS.slug} characters or fewer`)
      .regex(JOB_SLUG_PATTERN, "Use lower-case letters, digits and single hyphens, like senior-backend-engineer"),
    summary: requiredText("a one-paragraph summary", JOB_LIMITS.summary),
    // A department id, or "new" with newDepartmentName.
    departmentId: z.string().regex(/^(\d{1,9}|new)$/, "Choose a department"),
    newDepartmentName: z
      .string()
      .trim()
      .max(JOB_LIMITS.departmentName, `Keep the name to ${JOB_LIMITS.departmentName} characters or fewer`)
      .refine(...storableTextCheck()),
    officeIds: z.array(z.number().int().positive()).max(100),
    remotePolicy: z.enum(RemotePolicy, { error: "Choose a remote policy" }),
    remoteCountryCodes: z.array(z.string().refine(isCountryCode, "Choose a country from the list")).max(300),
    employmentType: z.enum(EmploymentType, { error: "Choose an employment type" }),
    // The language the posting's own text is written in; the careers site around it follows each
    // visitor's language (docs/decisions/0042).
    language: z.enum(LOCALES, { error: "Choose the language the posting is written in" }),
    salaryMin: optionalAmount,
    salaryMax: optionalAmount,
    salaryCurrency: z.string().trim().toUpperCase(),
    salaryUnit: z.union([z.enum(SalaryUnit), z.literal("")], { error: "Choose a pay period" }),
    validThrough: z
      .string()
      .trim()
      .refine((value) => value === "" || isRealDate(value), "Enter a date like 2030-12-31"),
    sections: z.array(sectionSchema).min(1, "Add at least one section").max(JOB_LIMITS.sections),
    questions: z.array(questionSchema).max(JOB_LIMITS.questions),
    stages: z.array(stageSchema).min(1, "Add at least one stage").max(JOB_LIMITS.stages),
    stageMoves: z.array(stageMoveSchema).max(JOB_LIMITS.stages),
    scorecardAttributes: z.array(attributeSchema).max(JOB_LIMITS.attributes),
    hiringTeam: z.array(teamMemberSchema).max(JOB_LIMITS.hiringTeam),
    selfIdModules: z.array(z.enum(SelfIdModule)),
  })
  .superRefine((job, ctx) => {
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: "custom", path, message });
    if (job.departmentId === "new" && job.newDepartmentName === "")
      issue(["newDepartmentName"], "Enter the new department's name");

    const hasAmount = job.salaryMin !== null || job.salaryMax !== null;
    if (hasAmount && !isCurrencyCode(job.salaryCurrency))
      issue(["salaryCurrency"], "Enter a three-letter currency code, like USD");
    if (hasAmount && job.salaryUnit === "") issue(["salaryUnit"], "Choose a pay period");
    if (job.salaryMin !== null && job.salaryMax !== null && job.salaryMin > job.salaryMax) {
      issue(["salaryMax"], "The maximum must be at least the minimum");
    }

    // Search engines need a place for every posting: offices, or for remote work the countries.
    if (job.remotePolicy !== "REMOTE" && job.officeIds.length === 0) issue(["officeIds"], "Choose at least one office");
    if (job.remotePolicy === "REMOTE" && job.remoteCountryCodes.length === 0 && job.officeIds.length === 0) {
      issue(["remoteCountryCodes"], "Choose the countries remote applicants may live in");
    }

    duplicates(
      job.scorecardAttributes.map((a) => a.name),
      (index) => issue(["scorecardAttributes", index, "name"], "Another attribute has this name"),
    );
    duplicates(
      job.hiringTeam.map((m) => m.userId),
      (index) => issue(["hiringTeam", index, "userId"], "This person is already on the team"),
    );
    duplicates(
      job.stages.map((s) => s.name),
      (index) => issue(["stages", index, "name"], "Another stage has this name"),
    );
    duplicates(
      job.stages.map((s) => s.key),
      (index) => issue(["stages", index, "key"], "Stage keys must be unique"),
    );
    if (job.stages[0] && job.stages[0].kind !== "APPLIED") {
      issue(["stages", 0, "kind"], "New applications arrive in the first stage, so it must be of the kind Applied");
    }
    const keys = new Set(job.stages.map((s) => s.key));
    job.stageMoves.forEach((move, index) => {
      if (!keys.has(move.toStageKey)) issue(["stageMoves", index, "toStageKey"], "Choose a stage that stays");
    });
  })
  .transform(
    ({ departmentId, newDepartmentName, salaryMin, salaryMax, salaryCurrency, salaryUnit, validThrough, ...job }) => ({
      ...job,
      department:
        departmentId === "new"
          ? ({ kind: "new", name: newDepartmentName } as const)
          : ({ kind: "existing", id: Number(departmentId) } as const),
      salary:
        (salaryMin !== null || salaryMax !== null) && salaryUnit !== ""
          ? { min: salaryMin, max: salaryMax, currency: salaryCurrency, unit: salaryUnit }
          : null,
      // The posting stays open through the whole of the chosen day (UTC).
      validThrough: validThrough ? new Date(`${validThrough}T23:59:59.999Z`) : null,
      remoteCountryCodes: [...new Set(job.remoteCountryCodes)],
      officeIds: [...new Set(job.officeIds)],
      selfIdModules: [...new Set(job.selfIdModules)],
    }),
  );

/** What the form holds (strings for typed-in numbers and dates). */
export type JobFormValues = z.input<typeof jobFormSchema>;
/** What the server writes, after parsing. */
export type JobFormInput = z.output<typeof jobFormSchema>;
export type JobQuestionInput = JobFormInput["questions"][number];
export type JobStageInput = JobFormInput["stages"][number];

function isRealDate(value: string): boolean {
  if (!ISO_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** Calls back with the index of every repeat (case- and space-insensitive) after the first. */
function duplicates(values: string[], onDuplicate: (index: number) => void): void {
  const seen = new Set<string>();
  values.forEach((value, index) => {
    const key = value.trim().toLowerCase();
    if (key !== "" && seen.has(key)) onDuplicate(index);
    seen.add(key);
  });
}
