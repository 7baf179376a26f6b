// The interview's start as an instant, from the form's wall time, checked against the clock.
import { AppError } from "@/lib/errors";
import type { InterviewFormInput } from "./schema";
import { resolveWallTime } from "./wall-time";

// Far enough for any real hiring loop; further is almost surely a mistyped year.
const MAX_DAYS_AHEAD = 366;
const DAY_MS = 24 * 60 * 60 * 1000;

export function startsAtOf(input: Pick<InterviewFormInput, "date" | "time" | "timeZone">, now: Date): Date {
  const resolved = resolveWallTime({ date: input.date, time: input.time }, input.timeZone);
  if (!resolved.ok) {
    const [field, message] =
      resolved.reason === "skipped"
        ? ["time", "Clocks skip this time that day (daylight saving time): choose another time"]
        : ["date", "Enter a real date"];
    throw new AppError("VALIDATION", message, { [field]: [message] });
  }
  if (resolved.instant.getTime() <= now.getTime()) {
    const message = "Choose a date and time that is still ahead";
    throw new AppError("VALIDATION", message, { date: [message] });
  }
  if (resolved.instant.getTime() > now.getTime() + MAX_DAYS_AHEAD * DAY_MS) {
    const message = "Schedule at most a year ahead";
    throw new AppError("VALIDATION", message, { date: [message] });
  }
  return resolved.instant;
}
