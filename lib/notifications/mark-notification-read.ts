import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";

/** Marks one of the actor's own notifications read; someone else's id changes nothing. */
export async function markNotificationRead({ actor, notificationId }: { actor: Actor; notificationId: string }) {
  const { count } = await db.notification.updateMany({
    where: { id: notificationId, userId: actor.userId, readAt: null },
    data: { readAt: new Date() },
  });
  return { updated: count };
}

export async function markAllNotificationsRead({ actor }: { actor: Actor }) {
  const { count } = await db.notification.updateMany({
    where: { userId: actor.userId, readAt: null },
    data: { readAt: new Date() },
  });
  return { updated: count };
}
