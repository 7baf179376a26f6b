import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { parseInput } from "@/lib/candidates/parse-input";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { lockVisibleRequest } from "./find-visible-request";
import { ACCOMMODATION_STATUS_LABELS } from "./labels";
import { canMoveAccommodation, changeAccommodationStatusSchema } from "./schema";

/**
 * Moves a request along new → in discussion → arranged → closed (or back, where allowed). The
 * caller names the status it saw: if someone changed it meanwhile, nothing is overwritten.
 */
export async function changeAccommodationStatus(input: { actor: Actor; requestId: string; from: string; to: string }) {
  const { actor } = input;
  assertCan(actor, "accommodation.manage");
  const { requestId, from, to } = parseInput(changeAccommodationStatusSchema, input);
  return db.$transaction(async (tx) => {
    const request = await lockVisibleRequest(tx, actor, requestId);
    if (request.status !== from) {
      throw new AppError(
        "CONFLICT",
        `Someone changed this request to “${ACCOMMODATION_STATUS_LABELS[request.status]}” meanwhile. Reload the page.`,
      );
    }
    if (!canMoveAccommodation(from, to)) {
      throw new AppError(
        "VALIDATION",
        `A request that is “${ACCOMMODATION_STATUS_LABELS[from]}” cannot move to “${ACCOMMODATION_STATUS_LABELS[to]}”.`,
        {
          to: ["Choose one of the offered statuses"],
        },
      );
    }
    await tx.accommodationRequest.update({
      where: { id: request.id },
      data: { status: to, lastActivityAt: new Date() },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      actor,
      action: "accommodation.statusChanged",
      subjectType: "application",
      subjectId: request.applicationId,
      metadata: { accommodationRequestId: request.id, from, to },
    });
    return { status: to };
  });
}
