import { tz } from "@date-fns/tz";
import { addBusinessDays } from "date-fns";

/** A request untouched this long gets a reminder. */
export const REMINDER_AFTER_BUSINESS_DAYS = 2;

// Weekends are counted in UTC, so the answer is the same on every server whatever its zone.
const UTC = tz("UTC");

/**
 * When a request last touched at `lastActivityAt` becomes overdue: two business days later, at
 * the same time of day (Friday 10:00 → Tuesday 10:00; Saturday or Sunday → Tuesday).
 */
export function reminderDueAt(lastActivityAt: Date): Date {
  return new Date(addBusinessDays(lastActivityAt, REMINDER_AFTER_BUSINESS_DAYS, { in: UTC }).getTime());
}

export function isOverdue(lastActivityAt: Date, now: Date): boolean {
  return reminderDueAt(lastActivityAt).getTime() <= now.getTime();
}
