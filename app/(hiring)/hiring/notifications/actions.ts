"use server";
import { boundNotificationId } from "@/lib/actions/bound-ids";
import { noInput, staffAction } from "@/lib/actions/staff-action";
import { markAllNotificationsRead, markNotificationRead } from "@/lib/notifications/mark-notification-read";
import { NOTIFICATIONS_PATH } from "@/lib/paths/staff-area";

// No role check beyond being signed in: everyone may read their own notifications, and the
// domain functions only ever touch the actor's own rows.
const markRead = staffAction({
  name: "mark-notification-read",
  permission: "signed-in",
  schema: noInput,
  bound: boundNotificationId,
  run: async ({ actor, id }) => {
    await markNotificationRead({ actor, notificationId: id });
    return { message: "Marked as read.", revalidate: [NOTIFICATIONS_PATH] };
  },
});

const markAllRead = staffAction({
  name: "mark-all-notifications-read",
  permission: "signed-in",
  schema: noInput,
  run: async ({ actor }) => {
    await markAllNotificationsRead({ actor });
    return { message: "All marked as read.", revalidate: [NOTIFICATIONS_PATH] };
  },
});

export async function markNotificationReadAction(notificationId: string) {
  return markRead(undefined, notificationId);
}

export async function markAllNotificationsReadAction() {
  return markAllRead(undefined);
}
