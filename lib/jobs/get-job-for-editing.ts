import "server-only";
import { DEFAULT_LOCALE, isLocale } from "@/i18n/locales";
import type { Actor } from "@/lib/auth/actor";
import { assertCan, jobsVisibleTo } from "@/lib/auth/permissions";
import { knockoutRuleSchema } from "@/lib/submissions/knockout";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { JobStatus } from "@/lib/generated/prisma/enums";
import type { JobFormValues } from "./job-form-schema";
import { countRatingsByAttribute } from "./sync-job-panel";
import { listChosenOptionIds } from "./sync-job-questions";
import { isoDay } from "@/lib/format/dates";

/** What the editor must not let change, with the counts it explains itself with. */
export type JobEditLocks = {
  answersByQuestionId: Record<number, number>;
  chosenOptionIds: number[];
  applicationsByStageId: Record<number, number>;
  /** A removed stage's plan items move with its applications: the editor asks where. */
  planItemsByStageId: Record<number, number>;
  /** Scorecards that rated each attribute: a rated attribute can be renamed, not removed. */
  ratingsByAttributeId: Record<number, number>;
};

export type JobForEditing = {
  job: { id: number; slug: string; title: string; status: JobStatus; publishedAt: Date | null; closedAt: Date | null };
  values: JobFormValues;
  locks: JobEditLocks;
};

export async function getJobForEditing({ actor, jobId }: { actor: Actor; jobId: number }): Promise<JobForEditing> {
  assertCan(actor, "job.manage");
  const job = await db.job.findFirst({
    where: { AND: [{ id: jobId }, jobsVisibleTo(actor)] },
    select: {
      id: true,
      slug: true,
      title: true,
      summary: true,
      status: true,
      publishedAt: true,
      closedAt: true,
      departmentId: true,
      employmentType: true,
      language: true,
      remotePolicy: true,
      remoteCountryCodes: true,
      salaryMin: true,
      salaryMax: true,
      salaryCurrency: true,
      salaryUnit: true,
      validThrough: true,
      selfIdModules: true,
      offices: { select: { officeId: true } },
      sections: { select: { heading: true, bodyMarkdown: true, statements: true }, orderBy: { position: "asc" } },
      questions: {
        select: {
          id: true,
          type: true,
          label: true,
          description: true,
          required: true,
          knockout: true,
          options: { select: { id: true, label: true }, orderBy: { position: "asc" } },
          _count: { select: { answers: true } },
        },
        orderBy: { position: "asc" },
      },
      stages: {
        select: { id: true, name: true, kind: true, _count: { select: { applications: true, interviewPlan: true } } },
        orderBy: { position: "asc" },
      },
      scorecardAttributes: { select: { id: true, name: true, description: true }, orderBy: { position: "asc" } },
      hiringTeam: { select: { userId: true, role: true }, orderBy: [{ role: "asc" }, { userId: "asc" }] },
    },
  });
  if (!job) throw new AppError("NOT_FOUND", "That job does not exist or is not visible to you.");

  const values: JobFormValues = {
    title: job.title,
    slug: job.slug,
    summary: job.summary,
    departmentId: String(job.departmentId),
    newDepartmentName: "",
    officeIds: job.offices.map((office) => office.officeId),
    remotePolicy: job.remotePolicy,
    remoteCountryCodes: job.remoteCountryCodes,
    employmentType: job.employmentType,
    language: isLocale(job.language) ? job.language : DEFAULT_LOCALE,
    salaryMin: job.salaryMin?.toString() ?? "",
    salaryMax: job.salaryMax?.toString() ?? "",
    salaryCurrency: job.salaryCurrency ?? "",
    salaryUnit: job.salaryUnit ?? "",
    validThrough: job.validThrough ? isoDay(job.validThrough) : "",
    sections: job.sections.map((section) => ({
      heading: section.heading ?? "",
      bodyMarkdown: section.bodyMarkdown,
      statements: section.statements,
    })),
    questions: job.questions.map((question) => ({
      questionId: question.id,
      type: question.type,
      label: question.label,
      description: question.description ?? "",
      required: question.required,
      options: question.options.map((option) => ({ optionId: option.id, label: option.label })),
      knockout: knockoutRuleSchema.nullable().catch(null).parse(question.knockout),
    })),
    stages: job.stages.map((stage) => ({
      key: `stage-${stage.id}`,
      stageId: stage.id,
      name: stage.name,
      kind: stage.kind,
    })),
    stageMoves: [],
    scorecardAttributes: job.scorecardAttributes.map((a) => ({
      attributeId: a.id,
      name: a.name,
      description: a.description ?? "",
    })),
    hiringTeam: job.hiringTeam,
    selfIdModules: job.selfIdModules,
  };
  const locks: JobEditLocks = {
    answersByQuestionId: Object.fromEntries(job.questions.map((q) => [q.id, q._count.answers])),
    chosenOptionIds: [...(await listChosenOptionIds(db, jobId))],
    applicationsByStageId: Object.fromEntries(job.stages.map((s) => [s.id, s._count.applications])),
    planItemsByStageId: Object.fromEntries(job.stages.map((s) => [s.id, s._count.interviewPlan])),
    ratingsByAttributeId: Object.fromEntries(await countRatingsByAttribute(db, jobId)),
  };
  const { id, slug, title, status, publishedAt, closedAt } = job;
  return { job: { id, slug, title, status, publishedAt, closedAt }, values, locks };
}
