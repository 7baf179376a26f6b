import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import {
  parseScorecardValues,
  replaceRatings,
  revisionSnapshot,
  scorecardChangedElsewhere,
  scorecardColumns,
} from "./scorecard-content";
import { authorCanReadOthers } from "./scorecard-read-facts";
import { assertAttributesOfJob, findOwnScorecard, findScorecardSeat, type ScorecardWriteInput } from "./scorecard-seat";
import { scorecardSubmitSchema } from "./schema";

/**
 * Changes the actor's own submitted scorecard. It stays submitted (others may already have read
 * it), and the change is kept as a new revision next to the earlier ones, so what each reader
 * saw stays on record. An edit made while the author can already read someone else's submitted
 * scorecard is no longer blind: its time is kept (editedAfterRevealAt) and shown to deciders.
 */
export async function editSubmittedScorecard({ actor, interviewId, values: raw, version }: ScorecardWriteInput) {
  const values = parseScorecardValues(scorecardSubmitSchema, raw);
  return db.$transaction(async (tx) => {
    const seat = await findScorecardSeat(tx, actor, interviewId);
    assertAttributesOfJob(values, seat.attributeIds);
    // Found by author: there is no way to name someone else's scorecard here.
    const own = await findOwnScorecard(tx, actor, seat.interviewId);
    if (!own || own.status !== "SUBMITTED")
      throw new AppError("NOT_FOUND", "You have no submitted scorecard for this interview to edit.");
    const editedAt = new Date();
    const afterReveal = await authorCanReadOthers(tx, actor, seat.applicationId);
    const updated = await tx.scorecard.updateMany({
      where: { id: own.id, version, status: "SUBMITTED" },
      data: {
        ...scorecardColumns(values),
        version: { increment: 1 },
        ...(afterReveal && { editedAfterRevealAt: editedAt }),
      },
    });
    if (updated.count === 0) throw scorecardChangedElsewhere();
    await replaceRatings(tx, own.id, values);
    const revision = await tx.scorecardRevision.create({
      data: { scorecardId: own.id, editorId: actor.userId, snapshot: revisionSnapshot(values), createdAt: editedAt },
      select: { createdAt: true },
    });
    await recordAuditEvent(tx, {
      actor,
      action: "scorecard.edited",
      subjectType: "application",
      subjectId: seat.applicationId,
      metadata: { scorecardId: own.id, interviewId: seat.interviewId, afterReveal },
    });
    const saved = await tx.scorecard.findUniqueOrThrow({ where: { id: own.id }, select: { version: true } });
    return { scorecardId: own.id, version: saved.version, editedAt: revision.createdAt };
  });
}
