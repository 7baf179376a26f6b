// IANA time zones for scheduling: a short list to pick from, and a check that works the same in
// the browser and on the server (both ask Intl, which knows every zone the platform knows).

/** Offered first in the zone picker, west to east; the browser's own zone is added beside them. */
export const COMMON_TIME_ZONES = [
  "Pacific/Honolulu",
  "America/Anchorage",
  "America/Los_Angeles",
  "America/Denver",
  "America/Phoenix",
  "America/Chicago",
  "America/New_York",
  "America/Toronto",
  "America/Mexico_City",
  "America/Sao_Paulo",
  "UTC",
  "Europe/London",
  "Europe/Lisbon",
  "Europe/Paris",
  "Europe/Berlin",
  "Europe/Amsterdam",
  "Europe/Warsaw",
  "Europe/Helsinki",
  "Africa/Lagos",
  "Africa/Johannesburg",
  "Asia/Dubai",
  "Asia/Kolkata",
  "Asia/Singapore",
  "Asia/Shanghai",
  "Asia/Tokyo",
  "Australia/Sydney",
  "Pacific/Auckland",
] as const;

// Area/Location names (and UTC); Intl alone would also accept offsets such as "+05:00", which
// are not zones: they do not follow daylight saving time.
const ZONE_NAME = /^(UTC|[A-Za-z]+(\/[A-Za-z0-9_+-]+){1,2})$/;

export function isTimeZone(value: string): boolean {
  if (!ZONE_NAME.test(value)) return false;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** The zone picker's options: the common ones plus any extra (the browser's, the interview's). */
export function timeZoneOptions(...extra: (string | null | undefined)[]): string[] {
  const zones = new Set<string>(COMMON_TIME_ZONES);
  for (const zone of extra) if (zone && isTimeZone(zone)) zones.add(zone);
  return [...zones];
}

/** "America/Los_Angeles" → "America/Los Angeles", as people read it. */
export const timeZoneLabel = (zone: string) => zone.replace(/_/g, " ");
