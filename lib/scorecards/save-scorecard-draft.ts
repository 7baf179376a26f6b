import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import {
  isUniqueViolation,
  parseScorecardValues,
  replaceRatings,
  scorecardChangedElsewhere,
  scorecardColumns,
} from "./scorecard-content";
import { assertAttributesOfJob, findOwnScorecard, findScorecardSeat, type ScorecardWriteInput } from "./scorecard-seat";
import { scorecardFormSchema } from "./schema";

/**
 * Creates or updates the actor's own draft for an interview they sit on. `version` is the one
 * the edit started from (0: no scorecard yet); if the scorecard moved on since, nothing is
 * written and a CONFLICT is thrown, so a second tab never overwrites the first silently.
 */
export async function saveScorecardDraft({ actor, interviewId, values: raw, version }: ScorecardWriteInput) {
  const values = parseScorecardValues(scorecardFormSchema, raw);
  try {
    return await db.$transaction(async (tx) => {
      const seat = await findScorecardSeat(tx, actor, interviewId);
      assertAttributesOfJob(values, seat.attributeIds);
      const existing = await findOwnScorecard(tx, actor, seat.interviewId);
      if (existing?.status === "SUBMITTED") {
        throw new AppError(
          "CONFLICT",
          "This scorecard has been submitted. Reload the page, then choose Edit to change it.",
        );
      }
      if (!existing) {
        if (version !== 0) throw scorecardChangedElsewhere();
        const created = await tx.scorecard.create({
          data: {
            interviewId: seat.interviewId,
            applicationId: seat.applicationId,
            authorId: actor.userId,
            version: 1,
            ...scorecardColumns(values),
          },
          select: { id: true, version: true, updatedAt: true },
        });
        await replaceRatings(tx, created.id, values);
        return { scorecardId: created.id, version: created.version, savedAt: created.updatedAt };
      }
      // The version in the WHERE makes the check and the write one step: a concurrent save waits
      // for this row, then finds the version moved on and writes nothing.
      const updated = await tx.scorecard.updateMany({
        where: { id: existing.id, version, status: "DRAFT" },
        data: { ...scorecardColumns(values), version: { increment: 1 } },
      });
      if (updated.count === 0) throw scorecardChangedElsewhere();
      await replaceRatings(tx, existing.id, values);
      const saved = await tx.scorecard.findUniqueOrThrow({
        where: { id: existing.id },
        select: { version: true, updatedAt: true },
      });
      return { scorecardId: existing.id, version: saved.version, savedAt: saved.updatedAt };
    });
  } catch (error) {
    throw isUniqueViolation(error) ? scorecardChangedElsewhere() : error;
  }
}
