import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { parseInput } from "@/lib/candidates/parse-input";
import { db } from "@/lib/db";
import { lockVisibleRequest } from "./find-visible-request";
import { extraMinutesOf, panelArrangementSchema } from "./schema";

/**
 * Sets the one sentence interviewers may read ("questions are shared in advance"). It is the
 * only part of a request that ever leaves the accommodations queue; an empty text clears it.
 */
export async function setPanelArrangement(input: {
  actor: Actor;
  requestId: string;
  panelArrangement: string;
  extraMinutes?: string;
}) {
  const { actor } = input;
  assertCan(actor, "accommodation.manage");
  const { requestId, panelArrangement, extraMinutes } = parseInput(panelArrangementSchema, input);
  const next = panelArrangement === "" ? null : panelArrangement;
  return db.$transaction(async (tx) => {
    const request = await lockVisibleRequest(tx, actor, requestId);
    const nextMinutes = extraMinutes === undefined ? request.extraMinutes : extraMinutesOf(extraMinutes);
    if (request.panelArrangement === next && request.extraMinutes === nextMinutes) return { changed: false };
    await tx.accommodationRequest.update({
      where: { id: request.id },
      data: { panelArrangement: next, extraMinutes: nextMinutes, lastActivityAt: new Date() },
      select: { id: true },
    });
    // Whether it was set or cleared, not the text: the audit log is read by admins only, but
    // the arrangement's history belongs with the request.
    await recordAuditEvent(tx, {
      actor,
      action: "accommodation.panelArrangementChanged",
      subjectType: "application",
      subjectId: request.applicationId,
      metadata: { accommodationRequestId: request.id, cleared: next === null, extraMinutes: nextMinutes },
    });
    return { changed: true };
  });
}
