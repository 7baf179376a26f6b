// The times a whole panel can meet: each member's weekly hours in their own zone, minus their
// days away and their interviews, intersected. Pure, so the time-zone rules are unit-tested.
import { TZDate } from "@date-fns/tz";

export type WeeklyWindow = { weekday: number; startMinute: number; endMinute: number };
/** Whole local days away, "YYYY-MM-DD", inclusive. */
export type DayRange = { firstDay: string; lastDay: string };
/** Epoch milliseconds, end exclusive. */
export type Interval = { start: number; end: number };
export type PanelistAvailability = {
  timeZone: string;
  windows: WeeklyWindow[];
  exceptions: DayRange[];
  busy: Interval[];
};

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const pad = (value: number) => String(value).padStart(2, "0");

function localDateOf(instant: number, timeZone: string): { y: number; m: number; d: number } {
  const local = new TZDate(instant, timeZone);
  return { y: local.getFullYear(), m: local.getMonth(), d: local.getDate() };
}

/** The instant of `minute` minutes after local midnight (clock time, so DST days stay 9 to 5). */
function instantAt(y: number, m: number, d: number, minute: number, timeZone: string): number {
  const day = new Date(Date.UTC(y, m, d + Math.floor(minute / 1440)));
  const rest = minute % 1440;
  return new TZDate(
    day.getUTCFullYear(),
    day.getUTCMonth(),
    day.getUTCDate(),
    Math.floor(rest / 60),
    rest % 60,
    timeZone,
  ).getTime();
}

function merge(intervals: Interval[]): Interval[] {
  const sorted = intervals.filter((i) => i.end > i.start).sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Interval[] = [];
  for (const interval of sorted) {
    const last = out.at(-1);
    if (last && interval.start <= last.end) last.end = Math.max(last.end, interval.end);
    else out.push({ ...interval });
  }
  return out;
}

function subtract(free: Interval[], busy: Interval[]): Interval[] {
  let result = free;
  for (const taken of merge(busy)) {
    result = result.flatMap((interval) => {
      if (taken.end <= interval.start || taken.start >= interval.end) return [interval];
      const pieces: Interval[] = [];
      if (taken.start > interval.start) pieces.push({ start: interval.start, end: taken.start });
      if (taken.end < interval.end) pieces.push({ start: taken.end, end: interval.end });
      return pieces;
    });
  }
  return result;
}

function intersect(a: Interval[], b: Interval[]): Interval[] {
  const out: Interval[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const start = Math.max(a[i]!.start, b[j]!.start);
    const end = Math.min(a[i]!.end, b[j]!.end);
    if (end > start) out.push({ start, end });
    if (a[i]!.end < b[j]!.end) i++;
    else j++;
  }
  return out;
}

/** One person's free time within `range`: weekly hours on days not away, minus busy time. */
export function freeIntervals(person: PanelistAvailability, range: Interval): Interval[] {
  const first = localDateOf(range.start - DAY, person.timeZone);
  const last = localDateOf(range.end + DAY, person.timeZone);
  const lastUtc = Date.UTC(last.y, last.m, last.d);
  const windows: Interval[] = [];
  for (let day = Date.UTC(first.y, first.m, first.d); day <= lastUtc; day += DAY) {
    const date = new Date(day);
    const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()];
    const iso = `${y}-${pad(m + 1)}-${pad(d)}`;
    if (person.exceptions.some((away) => away.firstDay <= iso && iso <= away.lastDay)) continue;
    for (const window of person.windows) {
      if (window.weekday !== date.getUTCDay()) continue;
      windows.push({
        start: instantAt(y, m, d, window.startMinute, person.timeZone),
        end: instantAt(y, m, d, window.endMinute, person.timeZone),
      });
    }
  }
  const clipped = merge(windows).map((w) => ({
    start: Math.max(w.start, range.start),
    end: Math.min(w.end, range.end),
  }));
  return subtract(merge(clipped), person.busy);
}

/**
 * Start times, every `stepMinutes` on the clock, at which every panel member is free for
 * `durationMinutes` within `range` (earliest first, at most `limit`).
 */
export function computeSlots({
  panel,
  range,
  durationMinutes,
  stepMinutes = 30,
  limit = 40,
}: {
  panel: PanelistAvailability[];
  range: Interval;
  durationMinutes: number;
  stepMinutes?: number;
  limit?: number;
}): Date[] {
  if (panel.length === 0) return [];
  const common = panel.map((person) => freeIntervals(person, range)).reduce(intersect);
  const step = stepMinutes * MINUTE;
  const length = durationMinutes * MINUTE;
  const slots: Date[] = [];
  for (const interval of common) {
    for (let start = Math.ceil(interval.start / step) * step; start + length <= interval.end; start += step) {
      slots.push(new Date(start));
      if (slots.length >= limit) return slots;
    }
  }
  return slots;
}

/** Whether [start, start + minutes) overlaps any busy interval. */
export function overlapsBusy(start: Date, durationMinutes: number, busy: Interval[]): boolean {
  const end = start.getTime() + durationMinutes * MINUTE;
  return busy.some((taken) => taken.start < end && taken.end > start.getTime());
}
