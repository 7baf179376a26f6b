import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import {
  isUniqueViolation,
  parseScorecardValues,
  replaceRatings,
  revisionSnapshot,
  scorecardChangedElsewhere,
  scorecardColumns,
} from "./scorecard-content";
import { assertAttributesOfJob, findOwnScorecard, findScorecardSeat, type ScorecardWriteInput } from "./scorecard-seat";
import { scorecardSubmitSchema } from "./schema";

export const SUBMIT_BEFORE_START_MESSAGE =
  "You can submit this scorecard once the interview has started. Your draft is kept until then.";

/**
 * Submits the actor's own scorecard for an interview they sit on, with the values on screen
 * (a draft need not have been saved first). Keeps the submission as the first revision and
 * records it in the audit log. `version` works as in saveScorecardDraft. Refused before the
 * interview starts: a placeholder submitted early would open the others' feedback (blind
 * feedback) to someone who has not interviewed yet.
 */
export async function submitScorecard({
  actor,
  interviewId,
  values: raw,
  version,
  now = new Date(),
}: ScorecardWriteInput) {
  const values = parseScorecardValues(scorecardSubmitSchema, raw);
  try {
    return await db.$transaction(async (tx) => {
      const seat = await findScorecardSeat(tx, actor, interviewId);
      if (seat.startsAt > now) throw new AppError("VALIDATION", SUBMIT_BEFORE_START_MESSAGE);
      assertAttributesOfJob(values, seat.attributeIds);
      const existing = await findOwnScorecard(tx, actor, seat.interviewId);
      if (existing?.status === "SUBMITTED")
        throw new AppError("CONFLICT", "This scorecard has already been submitted. Reload the page to see it.");
      const submittedAt = new Date();
      const data = { ...scorecardColumns(values), status: "SUBMITTED" as const, submittedAt };
      let scorecardId: string;
      if (!existing) {
        if (version !== 0) throw scorecardChangedElsewhere();
        const created = await tx.scorecard.create({
          data: {
            interviewId: seat.interviewId,
            applicationId: seat.applicationId,
            authorId: actor.userId,
            version: 1,
            ...data,
          },
          select: { id: true },
        });
        scorecardId = created.id;
      } else {
        const updated = await tx.scorecard.updateMany({
          where: { id: existing.id, version, status: "DRAFT" },
          data: { ...data, version: { increment: 1 } },
        });
        if (updated.count === 0) throw scorecardChangedElsewhere();
        scorecardId = existing.id;
      }
      await replaceRatings(tx, scorecardId, values);
      await tx.scorecardRevision.create({
        data: { scorecardId, editorId: actor.userId, snapshot: revisionSnapshot(values), createdAt: submittedAt },
      });
      await recordAuditEvent(tx, {
        actor,
        action: "scorecard.submitted",
        subjectType: "application",
        subjectId: seat.applicationId,
        metadata: { scorecardId, interviewId: seat.interviewId },
      });
      const saved = await tx.scorecard.findUniqueOrThrow({ where: { id: scorecardId }, select: { version: true } });
      return { scorecardId, version: saved.version, submittedAt };
    });
  } catch (error) {
    throw isUniqueViolation(error) ? scorecardChangedElsewhere() : error;
  }
}
