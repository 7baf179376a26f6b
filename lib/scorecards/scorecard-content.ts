import "server-only";
import type { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { DbTransaction } from "@/lib/db";
import { toFieldErrors } from "@/lib/submissions/field-errors";
import { AppError } from "@/lib/errors";
import type { ScorecardFormValues } from "./schema";

/** Safe to show, and says nothing about the content: the UI offers to load the newer one or overwrite. */
export function scorecardChangedElsewhere(): AppError {
  return new AppError("CONFLICT", "This scorecard was changed in another tab or window since you opened it.");
}

/** Parses with the shared schema again: domain functions stay safe for any caller, not only the actions. */
export function parseScorecardValues<T extends z.ZodType<ScorecardFormValues>>(
  schema: T,
  values: unknown,
): ScorecardFormValues {
  const parsed = schema.safeParse(values);
  if (!parsed.success) throw new AppError("VALIDATION", "The scorecard was not saved.", toFieldErrors(parsed.error));
  return parsed.data;
}

/** The columns a save writes (ratings are written by replaceRatings). */
export function scorecardColumns(values: ScorecardFormValues) {
  return {
    recommendation: values.recommendation,
    keyTakeaways: values.keyTakeaways,
    privateNotes: values.privateNotes,
  };
}

/** Keeps only attributes with a rating or notes: an untouched attribute is no row at all. */
function filledRatings(values: ScorecardFormValues) {
  return values.ratings.filter((entry) => entry.rating !== null || entry.notes.trim() !== "");
}

export async function replaceRatings(
  tx: DbTransaction,
  scorecardId: string,
  values: ScorecardFormValues,
): Promise<void> {
  await tx.scorecardRating.deleteMany({ where: { scorecardId } });
  const rows = filledRatings(values).map((entry) => ({
    scorecardId,
    attributeId: entry.attributeId,
    rating: entry.rating,
    notes: entry.notes,
  }));
  if (rows.length > 0) await tx.scorecardRating.createMany({ data: rows });
}

/** What ScorecardRevision.snapshot keeps: the scorecard as it was submitted. */
export function revisionSnapshot(values: ScorecardFormValues): Prisma.InputJsonValue {
  return {
    ...scorecardColumns(values),
    ratings: filledRatings(values).map(({ attributeId, rating, notes }) => ({ attributeId, rating, notes })),
  };
}

/** Two first saves racing (two tabs, no scorecard yet): the loser hits the unique (interview, author). */
export function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === "P2002";
}
