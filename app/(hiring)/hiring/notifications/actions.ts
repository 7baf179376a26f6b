"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireActorForAction } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { actionFailure, type ActionFailure } from "@/lib/http/action-failure";
import { markAllNotificationsRead, markNotificationRead } from "@/lib/notifications/mark-notification-read";
import { storableTextCheck } from "@/lib/validations/storable-text";

export type NotificationActionResult = { ok: true } | ActionFailure;

const notificationIdSchema = z
  .string()
  .min(1)
  .max(64)
  .refine(...storableTextCheck());

// No role check beyond being signed in: everyone may read their own notifications, and the
// domain functions only ever touch the actor's own rows.
export async function markNotificationReadAction(notificationId: string): Promise<NotificationActionResult> {
  try {
    const actor = await requireActorForAction();
    // Bound by the page, but a forged call can send anything (a thrown ZodError would read as our failure).
    const id = notificationIdSchema.safeParse(notificationId);
    if (!id.success) throw new AppError("NOT_FOUND", "That notification does not exist.");
    await markNotificationRead({ actor, notificationId: id.data });
    revalidatePath("/hiring/notifications");
    return { ok: true };
  } catch (error) {
    return actionFailure(error, "mark-notification-read");
  }
}

export async function markAllNotificationsReadAction(): Promise<NotificationActionResult> {
  try {
    const actor = await requireActorForAction();
    await markAllNotificationsRead({ actor });
    revalidatePath("/hiring/notifications");
    return { ok: true };
  } catch (error) {
    return actionFailure(error, "mark-all-notifications-read");
  }
}
