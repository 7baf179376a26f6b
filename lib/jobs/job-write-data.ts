import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { JobFormInput, JobQuestionInput } from "./job-form-schema";

/** The job row's own columns from the editor's input (relations are written separately). */
export function jobScalarData(input: JobFormInput) {
  return {
    title: input.title,
    slug: input.slug,
    summary: input.summary,
    employmentType: input.employmentType,
    language: input.language,
    remotePolicy: input.remotePolicy,
    // A job worked on site has no remote countries, whatever the form still held.
    remoteCountryCodes: input.remotePolicy === "ON_SITE" ? [] : input.remoteCountryCodes,
    salaryMin: input.salary?.min ?? null,
    salaryMax: input.salary?.max ?? null,
    salaryCurrency: input.salary?.currency ?? null,
    salaryUnit: input.salary?.unit ?? null,
    validThrough: input.validThrough,
    selfIdModules: input.selfIdModules,
  } satisfies Prisma.JobUncheckedUpdateInput;
}

export function sectionRows(input: JobFormInput) {
  return input.sections.map((section, position) => ({
    position,
    heading: section.heading,
    bodyMarkdown: section.bodyMarkdown,
    statements: section.statements,
  }));
}

export function questionColumns(question: JobQuestionInput, position: number) {
  return {
    position,
    type: question.type,
    label: question.label,
    description: question.description,
    required: question.required,
    knockout: question.knockout ?? Prisma.DbNull,
  };
}

export function optionRows(question: JobQuestionInput) {
  return question.options.map((option, position) => ({ position, label: option.label }));
}

/** Positions are unique per parent: moving rows out of the way first lets any reorder succeed. */
export const PARKED_POSITION_OFFSET = 1_000_000;
