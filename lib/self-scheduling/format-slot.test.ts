import { describe, expect, it } from "vitest";
import { slotClock, slotDay, slotLabel } from "./format-slot";

// 09:00 in Berlin on a winter Monday, 90 minutes long.
const startsAt = "2026-12-14T08:00:00.000Z";

describe("an offered time", () => {
  it("reads in American English by default", () => {
    expect(slotDay(startsAt, "Europe/Berlin")).toBe("Monday, December 14, 2026");
    expect(slotClock(startsAt, 90, "Europe/Berlin")).toBe("9:00 AM – 10:30 AM");
    expect(slotLabel(startsAt, 90, "Europe/Berlin")).toBe(
      "Monday, December 14, 2026, 9:00 AM – 10:30 AM Central European Standard Time",
    );
  });

  it("reads in German on a German page", () => {
    expect(slotDay(startsAt, "Europe/Berlin", "de")).toBe("Montag, 14. Dezember 2026");
    expect(slotClock(startsAt, 90, "Europe/Berlin", "de")).toBe("9:00 – 10:30");
    expect(slotLabel(startsAt, 90, "Europe/Berlin", "de")).toBe(
      "Montag, 14. Dezember 2026, 9:00 – 10:30 Mitteleuropäische Normalzeit",
    );
  });
});
