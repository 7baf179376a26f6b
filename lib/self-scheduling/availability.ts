import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { availabilityEditableBy, availabilityVisibleTo } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { isoDay } from "@/lib/format/dates";
import { isStorableText } from "@/lib/validations/storable-text";
import { clockOf, minutesOf, type AvailabilityFormInput, type AvailabilityFormValues } from "./schema";

const NOT_FOUND = "That staff member does not exist or their availability is not visible to you.";

/** A staff member's availability as the form holds it, or null when they may not see it. */
export async function getAvailability({ actor, userId }: { actor: Actor; userId: string }) {
  if (!isStorableText(userId)) return null;
  const user = await db.user.findFirst({
    where: { AND: [{ id: userId }, availabilityVisibleTo(actor)] },
    select: {
      id: true,
      name: true,
      email: true,
      availability: {
        select: {
          timeZone: true,
          updatedAt: true,
          windows: { orderBy: [{ weekday: "asc" }, { startMinute: "asc" }, { id: "asc" }] },
          exceptions: { orderBy: [{ firstDay: "asc" }, { id: "asc" }] },
        },
      },
    },
  });
  if (!user) return null;
  const values: AvailabilityFormValues | null = user.availability && {
    timeZone: user.availability.timeZone,
    windows: user.availability.windows.map((w) => ({
      weekday: String(w.weekday),
      start: clockOf(w.startMinute),
      end: clockOf(w.endMinute),
    })),
    exceptions: user.availability.exceptions.map((e) => ({
      firstDay: isoDay(e.firstDay),
      lastDay: isoDay(e.lastDay),
      note: e.note ?? "",
    })),
  };
  return {
    user: { id: user.id, name: user.name ?? user.email },
    values,
    updatedAt: user.availability?.updatedAt ?? null,
    editable: availabilityEditableBy(actor, user.id),
  };
}

/** Replaces a staff member's weekly hours and days away: one's own, or anyone's for admins. */
export async function saveAvailability({
  actor,
  userId,
  input,
}: {
  actor: Actor;
  userId: string;
  input: AvailabilityFormInput;
}): Promise<void> {
  if (!isStorableText(userId) || !availabilityEditableBy(actor, userId)) throw new AppError("NOT_FOUND", NOT_FOUND);
  await db.$transaction(async (tx) => {
    const user = await tx.user.findFirst({ where: { id: userId, active: true }, select: { id: true } });
    if (!user) throw new AppError("NOT_FOUND", NOT_FOUND);
    await tx.interviewerAvailability.upsert({
      where: { userId },
      create: { userId, timeZone: input.timeZone },
      update: { timeZone: input.timeZone },
      select: { userId: true },
    });
    await tx.availabilityWindow.deleteMany({ where: { userId } });
    await tx.availabilityException.deleteMany({ where: { userId } });
    await tx.availabilityWindow.createMany({
      data: input.windows.map((w) => ({
        userId,
        weekday: Number(w.weekday),
        startMinute: minutesOf(w.start),
        endMinute: minutesOf(w.end),
      })),
    });
    await tx.availabilityException.createMany({
      data: input.exceptions.map((e) => ({
        userId,
        firstDay: new Date(`${e.firstDay}T00:00:00Z`),
        lastDay: new Date(`${e.lastDay}T00:00:00Z`),
        note: e.note,
      })),
    });
    await recordAuditEvent(tx, {
      actor,
      action: "availability.changed",
      subjectType: "user",
      subjectId: userId,
      metadata: { windows: input.windows.length, exceptions: input.exceptions.length },
    });
  });
}
