import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { OFFER_EVENT_LABELS, type OfferEvent } from "./labels";

export type OfferTimelineEvent = { id: string; at: Date; actorName: string | null; event: OfferEvent };

const EVENTS = Object.keys(OFFER_EVENT_LABELS);

/**
 * An application's offer steps for its timeline (newest first), from the audit events the offer
 * functions record. Only what happened and who did it: the metadata (outcome, round) is never
 * read, so nobody learns terms or the review's outcome here. Readers who may not know an offer
 * exists (interviewers) get nothing. The caller has already checked the application is visible.
 */
export async function listOfferEvents(
  actor: Actor,
  applicationId: string,
  limit: number,
): Promise<OfferTimelineEvent[]> {
  if (!can(actor, "offer.readExistence")) return [];
  const events = await db.auditEvent.findMany({
    where: { subjectType: "application", subjectId: applicationId, action: { in: EVENTS } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit,
    select: { id: true, createdAt: true, action: true, actorId: true },
  });
  const actorIds = [...new Set(events.map((event) => event.actorId).filter((id): id is string => id !== null))];
  const actors = await db.user.findMany({
    where: { id: { in: actorIds } },
    orderBy: { id: "asc" },
    select: { id: true, name: true, email: true },
  });
  const names = new Map(actors.map((user) => [user.id, user.name ?? user.email]));
  return events.map((event) => ({
    id: event.id,
    at: event.createdAt,
    actorName: event.actorId ? (names.get(event.actorId) ?? null) : null,
    event: event.action as OfferEvent,
  }));
}
