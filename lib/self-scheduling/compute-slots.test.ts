import { describe, expect, it } from "vitest";
import { computeSlots, freeIntervals, type PanelistAvailability } from "./compute-slots";

const WEEKDAYS_9_TO_5 = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, startMinute: 9 * 60, endMinute: 17 * 60 }));
const person = (timeZone: string, overrides: Partial<PanelistAvailability> = {}): PanelistAvailability => ({
  timeZone,
  windows: WEEKDAYS_9_TO_5,
  exceptions: [],
  busy: [],
  ...overrides,
});
const day = (iso: string) => ({ start: Date.parse(`${iso}T00:00:00Z`), end: Date.parse(`${iso}T23:59:59Z`) });
const iso = (dates: Date[]) => dates.map((date) => date.toISOString());

describe("computeSlots", () => {
  it("keeps weekly hours in the interviewer's own zone", () => {
    const slots = computeSlots({ panel: [person("America/New_York")], range: day("2026-12-07"), durationMinutes: 60 });
    // 9:00 to 17:00 EST is 14:00 to 22:00 UTC: the last hour-long slot starts at 21:00.
    expect(iso(slots).at(0)).toBe("2026-12-07T14:00:00.000Z");
    expect(iso(slots).at(-1)).toBe("2026-12-07T21:00:00.000Z");
    expect(slots).toHaveLength(15);
  });

  it("moves with daylight saving time, each person on their own date", () => {
    const panel = [person("Europe/Berlin"), person("America/New_York")];
    const window = (date: string) => {
      const slots = iso(computeSlots({ panel, range: day(date), durationMinutes: 30 }));
      return [slots.at(0), slots.at(-1)];
    };
    // Both on winter time: Berlin 08-16 UTC, New York 14-22 UTC.
    expect(window("2026-03-06")).toEqual(["2026-03-06T14:00:00.000Z", "2026-03-06T15:30:00.000Z"]);
    // New York moved on March 8, Berlin not yet: 13-16 UTC.
    expect(window("2026-03-10")).toEqual(["2026-03-10T13:00:00.000Z", "2026-03-10T15:30:00.000Z"]);
    // Berlin moved on March 29: 13-15 UTC.
    expect(window("2026-03-30")).toEqual(["2026-03-30T13:00:00.000Z", "2026-03-30T14:30:00.000Z"]);
  });

  it("keeps the clock hours on the day clocks change", () => {
    // Sunday hours on the day Europe springs forward: 09:00 local is 07:00 UTC (CEST), not 08:00.
    const sunday = person("Europe/Berlin", { windows: [{ weekday: 0, startMinute: 9 * 60, endMinute: 10 * 60 }] });
    expect(iso(computeSlots({ panel: [sunday], range: day("2026-03-29"), durationMinutes: 60 }))).toEqual([
      "2026-03-29T07:00:00.000Z",
    ]);
  });

  it("leaves out days away, in the interviewer's zone", () => {
    const away = person("Asia/Tokyo", { exceptions: [{ firstDay: "2026-12-08", lastDay: "2026-12-09" }] });
    const slots = computeSlots({
      panel: [away],
      range: { start: Date.parse("2026-12-07T00:00:00Z"), end: Date.parse("2026-12-11T00:00:00Z") },
      durationMinutes: 60,
      limit: 100,
    });
    const tokyoDays = new Set(slots.map((slot) => slot.toLocaleDateString("en-CA", { timeZone: "Asia/Tokyo" })));
    expect([...tokyoDays].sort()).toEqual(["2026-12-07", "2026-12-10"]);
  });

  it("leaves out time the panel is already interviewing, for any member", () => {
    const busy = { start: Date.parse("2026-12-07T15:00:00Z"), end: Date.parse("2026-12-07T16:30:00Z") };
    const panel = [person("America/New_York"), person("America/New_York", { busy: [busy] })];
    const slots = iso(computeSlots({ panel, range: day("2026-12-07"), durationMinutes: 60 }));
    expect(slots.slice(0, 4)).toEqual([
      "2026-12-07T14:00:00.000Z",
      "2026-12-07T16:30:00.000Z",
      "2026-12-07T17:00:00.000Z",
      "2026-12-07T17:30:00.000Z",
    ]);
  });

  it("offers nothing when the panel never overlaps, and respects the limit", () => {
    const panel = [person("Asia/Tokyo"), person("America/Los_Angeles")];
    expect(computeSlots({ panel, range: day("2026-12-07"), durationMinutes: 60 })).toEqual([]);
    expect(
      computeSlots({ panel: [person("UTC")], range: day("2026-12-07"), durationMinutes: 30, limit: 3 }),
    ).toHaveLength(3);
  });

  it("a longer interview (extra minutes) fits fewer start times", () => {
    const range = day("2026-12-07");
    const hour = computeSlots({ panel: [person("UTC")], range, durationMinutes: 60 });
    const longer = computeSlots({ panel: [person("UTC")], range, durationMinutes: 90 });
    expect(iso(hour).at(-1)).toBe("2026-12-07T16:00:00.000Z");
    expect(iso(longer).at(-1)).toBe("2026-12-07T15:30:00.000Z");
  });

  it("clips free time to the range", () => {
    const range = { start: Date.parse("2026-12-07T12:00:00Z"), end: Date.parse("2026-12-07T13:00:00Z") };
    expect(freeIntervals(person("UTC"), range)).toEqual([range]);
  });
});
