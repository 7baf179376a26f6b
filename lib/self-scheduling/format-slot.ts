// How an offered time reads to the candidate, in the zone they chose and the page's language
// (browser and server alike): "de" prints "Montag, 14. Dezember 2026" and "9:00 – 10:30".
import { intlLocale } from "@/lib/format/dates";
import { timeZoneNameAt } from "@/lib/interviews/format-interview-time";

const MINUTE = 60_000;

/** "Monday, December 14, 2026": the day a slot starts on, in `timeZone`. */
export const slotDay = (startsAt: string, timeZone: string, language?: string) =>
  new Intl.DateTimeFormat(intlLocale(language), {
    timeZone,
    weekday: "long",
    year: "numeric",
    month: "long",
    day: "numeric",
  }).format(new Date(startsAt));

/** "9:00 AM – 10:30 AM": a slot's start and end on the clock of `timeZone`. */
export function slotClock(startsAt: string, durationMinutes: number, timeZone: string, language?: string): string {
  const clock = new Intl.DateTimeFormat(intlLocale(language), { timeZone, hour: "numeric", minute: "2-digit" });
  const start = new Date(startsAt);
  return `${clock.format(start)} – ${clock.format(new Date(start.getTime() + durationMinutes * MINUTE))}`;
}

/** The full reading, for a screen reader and for a booked time: day, clock and the zone's name. */
export const slotLabel = (startsAt: string, durationMinutes: number, timeZone: string, language?: string) =>
  `${slotDay(startsAt, timeZone, language)}, ${slotClock(startsAt, durationMinutes, timeZone, language)} ${timeZoneNameAt(new Date(startsAt), timeZone, language)}`;
