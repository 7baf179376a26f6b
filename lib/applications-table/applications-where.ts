// The view's filters as a Prisma filter. Every value reaches SQL as a bound parameter; the
// search terms additionally have LIKE's wildcards escaped, so `%` or `_` match themselves.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { QuestionType } from "@/lib/generated/prisma/enums";
import { escapeLike } from "@/lib/utils/like-pattern";
import { normalizeForSearch } from "@/lib/search/normalize-search-text";
import { searchTermFilter } from "./search-filter";
import type { ApplicationsView } from "./view-schema";

const MAX_SEARCH_TERMS = 8;
const DAY_MS = 24 * 60 * 60 * 1000;

export type AnswerQuestion = { id: number; type: QuestionType; options: { id: number; label: string }[] };

/** Search words, normalized as Application.searchText is; every one must appear. */
export function searchTerms(q: string | undefined): string[] {
  if (!q) return [];
  return [...new Set(normalizeForSearch(q).split(" ").filter(Boolean))].slice(0, MAX_SEARCH_TERMS);
}

export function applicationsWhere(
  view: ApplicationsView,
  question?: AnswerQuestion | null,
): Prisma.ApplicationWhereInput[] {
  const filters: Prisma.ApplicationWhereInput[] = [];
  if (view.jobId) filters.push({ jobId: view.jobId });
  if (view.stage.length) filters.push({ stageId: { in: view.stage } });
  if (view.stageName.length) filters.push({ stage: { name: { in: view.stageName } } });
  if (view.status.length) filters.push({ status: { in: view.status } });
  if (view.source.length) filters.push({ source: { in: view.source } });
  if (view.tag.length) filters.push({ tags: { some: { tagId: { in: view.tag } } } });
  if (view.appliedFrom) filters.push({ submittedAt: { gte: view.appliedFrom } });
  // "Applied to" is the whole day.
  if (view.appliedTo) filters.push({ submittedAt: { lt: new Date(view.appliedTo.getTime() + DAY_MS) } });
  if (view.question && view.answer !== undefined) filters.push(answerFilter(question ?? null, view.answer));
  for (const term of searchTerms(view.q)) filters.push(searchTermFilter(term));
  return filters;
}

const NOTHING: Prisma.ApplicationWhereInput = { id: { in: [] } };

/** Stored answers are shaped by the question type (lib/submissions/answers-schema.ts). */
function answerFilter(question: AnswerQuestion | null, answer: string): Prisma.ApplicationWhereInput {
  // A question the viewer's jobs do not have, or an answer it cannot have, matches nothing.
  if (!question) return NOTHING;
  const value = answerValueFilter(question, answer);
  return value ? { answers: { some: { questionId: question.id, value } } } : NOTHING;
}

function answerValueFilter(question: AnswerQuestion, answer: string): Prisma.JsonFilter<"ApplicationAnswer"> | null {
  const number = Number(answer);
  // Choices are stored as option ids; the URL may name the option (?answer=Storage) or its id.
  const optionId = question.options.find(
    (option) => String(option.id) === answer || option.label.toLowerCase() === answer.toLowerCase(),
  )?.id;
  switch (question.type) {
    case "SINGLE_SELECT":
      return optionId === undefined ? null : { equals: optionId };
    case "MULTI_SELECT":
      return optionId === undefined ? null : { array_contains: [optionId] };
    case "YES_NO": {
      const yesNo = answer.toUpperCase();
      return yesNo === "YES" || yesNo === "NO" ? { equals: yesNo } : null;
    }
    case "NUMBER":
      return answer.trim() !== "" && Number.isFinite(number) ? { equals: number } : null;
    case "SHORT_TEXT":
    case "LONG_TEXT":
    case "URL":
      // `path: []` compares the JSON string's text; without it Prisma emits lower(jsonb), which
      // Postgres lacks. Prisma does not escape LIKE wildcards here either.
      return { path: [], string_contains: escapeLike(answer), mode: "insensitive" };
  }
}
