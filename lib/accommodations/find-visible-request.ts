import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { applicationsVisibleTo } from "@/lib/auth/permissions";
import type { DbTransaction } from "@/lib/db";
import { AppError } from "@/lib/errors";

/**
 * Locks and returns a request the actor may see, for a change to it. An id the actor may not
 * see is "not found", whatever the reason, so crafted ids learn nothing.
 */
export async function lockVisibleRequest(tx: DbTransaction, actor: Actor, requestId: string) {
  const request = await tx.accommodationRequest.findFirst({
    where: { id: requestId, application: applicationsVisibleTo(actor) },
    select: { id: true, applicationId: true, status: true, panelArrangement: true, extraMinutes: true },
  });
  if (!request) throw new AppError("NOT_FOUND", "That accommodation request does not exist or is not visible to you.");
  // Serializes changes to one request, so two coordinators' edits apply one after the other.
  await tx.$queryRaw`SELECT "id" FROM "AccommodationRequest" WHERE "id" = ${request.id} FOR UPDATE`;
  return request;
}
