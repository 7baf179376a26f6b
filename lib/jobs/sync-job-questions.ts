import "server-only";
import type { DbTransaction } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { QUESTION_TYPE_LABELS } from "./labels";
import type { FieldErrorBag } from "./field-error-bag";
import type { JobQuestionInput } from "./job-form-schema";
import { optionRows, PARKED_POSITION_OFFSET, questionColumns } from "./job-write-data";

type ExistingQuestion = {
  id: number;
  label: string;
  type: JobQuestionInput["type"];
  optionIds: number[];
  answers: number;
};

/** The job's questions with how often each was answered: answers pin a question's meaning. */
async function loadQuestions(tx: DbTransaction, jobId: number): Promise<Map<number, ExistingQuestion>> {
  const rows = await tx.jobQuestion.findMany({
    where: { jobId },
    select: {
      id: true,
      label: true,
      type: true,
      options: { select: { id: true } },
      _count: { select: { answers: true } },
    },
  });
  return new Map(
    rows.map((q) => [
      q.id,
      { id: q.id, label: q.label, type: q.type, optionIds: q.options.map((o) => o.id), answers: q._count.answers },
    ]),
  );
}

/** Options some candidate chose (answers store option ids: one id, or an array of ids). */
export async function listChosenOptionIds(tx: Pick<DbTransaction, "$queryRaw">, jobId: number): Promise<Set<number>> {
  const rows = await tx.$queryRaw<{ id: number }[]>(Prisma.sql`
    SELECT o.id FROM "QuestionOption" o
    JOIN "JobQuestion" q ON q.id = o."questionId"
    WHERE q."jobId" = ${jobId} AND EXISTS (
      SELECT 1 FROM "ApplicationAnswer" a
      WHERE a."questionId" = o."questionId"
        AND (a.value = to_jsonb(o.id) OR (jsonb_typeof(a.value) = 'array' AND a.value @> jsonb_build_array(o.id)))
    )`);
  return new Set(rows.map((row) => row.id));
}

/**
 * Answered questions keep their meaning: their type cannot change, they cannot be removed, and
 * options candidates chose cannot be removed. Labels and descriptions stay editable.
 */
export async function checkQuestionEdits(
  tx: DbTransaction,
  jobId: number,
  questions: JobQuestionInput[],
  errors: FieldErrorBag,
): Promise<void> {
  // Locks the questions so an application submitted meanwhile cannot add an answer that these
  // checks did not see (its foreign-key check waits for this transaction).
  await tx.$queryRaw`SELECT id FROM "JobQuestion" WHERE "jobId" = ${jobId} FOR UPDATE`;
  const existing = await loadQuestions(tx, jobId);
  const chosen = await listChosenOptionIds(tx, jobId);
  const kept = new Set<number>();

  questions.forEach((question, index) => {
    if (question.questionId === undefined) return;
    const before = existing.get(question.questionId);
    if (!before || kept.has(before.id)) {
      errors.add(`questions.${index}.label`, "This question was removed by someone else: reload the page");
      return;
    }
    kept.add(before.id);
    if (before.answers > 0 && before.type !== question.type) {
      errors.add(
        `questions.${index}.type`,
        `${before.answers} candidate(s) answered this as “${QUESTION_TYPE_LABELS[before.type]}”, so its type cannot change; add a new question instead`,
      );
    }
    const keptOptions = new Set(question.options.map((option) => option.optionId));
    for (const option of question.options) {
      if (option.optionId !== undefined && !before.optionIds.includes(option.optionId)) {
        errors.add(`questions.${index}.options`, "An option was removed by someone else: reload the page");
      }
    }
    const removedChosen = before.optionIds.filter((id) => chosen.has(id) && !keptOptions.has(id));
    if (removedChosen.length > 0) {
      errors.add(
        `questions.${index}.options`,
        "Candidates chose an option you removed, so it must stay (you can rename it)",
      );
    }
  });

  for (const before of existing.values()) {
    if (!kept.has(before.id) && before.answers > 0) {
      errors.add("questions", `“${before.label}” has ${before.answers} answer(s), so it cannot be removed`);
    }
  }
}

/** Writes the questions in the given order; call after checkQuestionEdits found nothing. */
export async function writeQuestions(tx: DbTransaction, jobId: number, questions: JobQuestionInput[]): Promise<void> {
  const keptIds = questions.flatMap((question) => (question.questionId === undefined ? [] : [question.questionId]));
  await tx.jobQuestion.deleteMany({ where: { jobId, id: { notIn: keptIds } } });
  await tx.jobQuestion.updateMany({ where: { jobId }, data: { position: { decrement: PARKED_POSITION_OFFSET } } });

  for (const [position, question] of questions.entries()) {
    if (question.questionId === undefined) {
      await tx.jobQuestion.create({
        data: { jobId, ...questionColumns(question, position), options: { create: optionRows(question) } },
      });
      continue;
    }
    const questionId = question.questionId;
    await tx.jobQuestion.update({ where: { id: questionId }, data: questionColumns(question, position) });
    const keptOptionIds = question.options.flatMap((option) =>
      option.optionId === undefined ? [] : [option.optionId],
    );
    await tx.questionOption.deleteMany({ where: { questionId, id: { notIn: keptOptionIds } } });
    await tx.questionOption.updateMany({
      where: { questionId },
      data: { position: { decrement: PARKED_POSITION_OFFSET } },
    });
    for (const [optionPosition, option] of question.options.entries()) {
      if (option.optionId === undefined)
        await tx.questionOption.create({ data: { questionId, position: optionPosition, label: option.label } });
      else
        await tx.questionOption.update({
          where: { id: option.optionId },
          data: { position: optionPosition, label: option.label },
        });
    }
  }
}
