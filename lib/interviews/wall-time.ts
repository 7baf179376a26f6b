// A local date and time in a named zone ("the 9:30 in Berlin") to and from an instant.
import { TZDate } from "@date-fns/tz";

export type WallTime = { date: string; time: string };

export type ResolvedWallTime =
  | { ok: true; instant: Date }
  /** "invalid": not a calendar date or time; "skipped": clocks jump over it (daylight saving). */
  | { ok: false; reason: "invalid" | "skipped" };

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
const MINUTE = 60_000;
const pad = (value: number) => String(value).padStart(2, "0");

/** The wall time an instant shows in a zone, as the form's date ("2026-12-01") and time ("09:30"). */
export function wallTimeOf(instant: Date, timeZone: string): WallTime {
  const local = new TZDate(instant.getTime(), timeZone);
  return {
    date: `${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}`,
    time: `${pad(local.getHours())}:${pad(local.getMinutes())}`,
  };
}

/**
 * The instant a wall time names in a zone. A time that does not exist (the hour skipped when
 * clocks go forward) is refused rather than silently moved, so nobody is invited to a time the
 * coordinator did not choose. A time that happens twice (clocks go back) is its first occurrence,
 * as calendar applications read it.
 */
export function resolveWallTime({ date, time }: WallTime, timeZone: string): ResolvedWallTime {
  const dateParts = DATE.exec(date);
  const timeParts = TIME.exec(time);
  if (!dateParts || !timeParts) return { ok: false, reason: "invalid" };
  const [year, month, day] = [Number(dateParts[1]), Number(dateParts[2]), Number(dateParts[3])];
  const calendarDay = new Date(Date.UTC(year, month - 1, day));
  if (
    calendarDay.getUTCFullYear() !== year ||
    calendarDay.getUTCMonth() !== month - 1 ||
    calendarDay.getUTCDate() !== day
  ) {
    return { ok: false, reason: "invalid" };
  }
  const wanted = { date, time };
  const same = (ms: number) => {
    const wall = wallTimeOf(new Date(ms), timeZone);
    return wall.date === wanted.date && wall.time === wanted.time;
  };
  const first = new TZDate(year, month - 1, day, Number(timeParts[1]), Number(timeParts[2]), timeZone).getTime();
  if (!same(first)) return { ok: false, reason: "skipped" };
  // TZDate picks either occurrence of a repeated time depending on the zone; take the earliest.
  // Shifts are an hour, or half an hour in a few zones (e.g. Australia/Lord_Howe).
  const earlier = [60, 30].map((minutes) => first - minutes * MINUTE).find(same);
  return { ok: true, instant: new Date(earlier ?? first) };
}
