// How an interview's time reads to people: in the zone it was scheduled in, with that zone named.
// Staff read it in American English; a candidate in their application's language ("de").
import { intlLocale } from "@/lib/format/dates";

function formatter(timeZone: string, options: Intl.DateTimeFormatOptions, language?: string) {
  return new Intl.DateTimeFormat(intlLocale(language), { timeZone, ...options });
}

const DAY: Intl.DateTimeFormatOptions = { weekday: "long", year: "numeric", month: "long", day: "numeric" };
const CLOCK: Intl.DateTimeFormatOptions = { hour: "numeric", minute: "2-digit" };

/** e.g. "Pacific Standard Time": the name in force at that instant (summer or winter). */
export function timeZoneNameAt(instant: Date, timeZone: string, language?: string): string {
  const part = formatter(timeZone, { timeZoneName: "long" }, language)
    .formatToParts(instant)
    .find((p) => p.type === "timeZoneName");
  return part?.value ?? timeZone;
}

/**
 * "Tuesday, December 1, 2026, 9:00 AM – 10:00 AM Pacific Standard Time (America/Los_Angeles)";
 * an interview that runs past midnight names both days.
 */
export function formatInterviewTime(
  {
    startsAt,
    durationMinutes,
    timeZone,
  }: {
    startsAt: Date;
    durationMinutes: number;
    timeZone: string;
  },
  language?: string,
): string {
  const endsAt = new Date(startsAt.getTime() + durationMinutes * 60_000);
  const day = formatter(timeZone, DAY, language);
  const clock = formatter(timeZone, CLOCK, language);
  const start = `${day.format(startsAt)}, ${clock.format(startsAt)}`;
  const end =
    day.format(endsAt) === day.format(startsAt)
      ? clock.format(endsAt)
      : `${day.format(endsAt)}, ${clock.format(endsAt)}`;
  return `${start} – ${end} ${timeZoneNameAt(startsAt, timeZone, language)} (${timeZone.replace(/_/g, " ")})`;
}

/** "45 minutes", "1 hour", "1 hour 30 minutes"; in another language, Intl's words ("1 Stunde 30 Minuten"). */
export function formatDuration(minutes: number, language = "en"): string {
  if (language !== "en") return formatDurationIn(intlLocale(language), minutes);
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const parts = [];
  if (hours > 0) parts.push(`${hours} hour${hours === 1 ? "" : "s"}`);
  if (rest > 0 || hours === 0) parts.push(`${rest} minute${rest === 1 ? "" : "s"}`);
  return parts.join(" ");
}

function formatDurationIn(locale: string, minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const unit = (value: number, name: "hour" | "minute") =>
    new Intl.NumberFormat(locale, { style: "unit", unit: name, unitDisplay: "long" }).format(value);
  return [...(hours > 0 ? [unit(hours, "hour")] : []), ...(rest > 0 || hours === 0 ? [unit(rest, "minute")] : [])].join(
    " ",
  );
}
