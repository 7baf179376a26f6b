import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { parseInput } from "@/lib/candidates/parse-input";
import { db } from "@/lib/db";
import { lockVisibleRequest } from "./find-visible-request";
import { accommodationNoteSchema } from "./schema";

/** A coordinator's working note on a request; it counts as activity (no reminder for a while). */
export async function addAccommodationNote(input: { actor: Actor; requestId: string; body: string }) {
  const { actor } = input;
  assertCan(actor, "accommodation.manage");
  const { requestId, body } = parseInput(accommodationNoteSchema, input);
  return db.$transaction(async (tx) => {
    const request = await lockVisibleRequest(tx, actor, requestId);
    const note = await tx.accommodationNote.create({
      data: { requestId: request.id, authorId: actor.userId, body },
      select: { id: true },
    });
    await tx.accommodationRequest.update({
      where: { id: request.id },
      data: { lastActivityAt: new Date() },
      select: { id: true },
    });
    // The note's text stays out of the audit log: the log is read by people who may not see it.
    await recordAuditEvent(tx, {
      actor,
      action: "accommodation.noteAdded",
      subjectType: "application",
      subjectId: request.applicationId,
      metadata: { accommodationRequestId: request.id, noteId: note.id },
    });
    return { noteId: note.id };
  });
}
