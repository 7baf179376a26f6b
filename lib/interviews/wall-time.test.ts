import { describe, expect, it } from "vitest";
import { resolveWallTime, wallTimeOf } from "./wall-time";

const resolve = (date: string, time: string, zone: string) => {
  const result = resolveWallTime({ date, time }, zone);
  return result.ok ? result.instant.toISOString() : result.reason;
};

describe("wall time in a zone", () => {
  it("converts an ordinary local time to UTC", () => {
    expect(resolve("2026-12-01", "09:30", "America/Los_Angeles")).toBe("2026-12-01T17:30:00.000Z");
    expect(resolve("2026-06-01", "09:00", "Asia/Kolkata")).toBe("2026-06-01T03:30:00.000Z");
    expect(resolve("2026-07-01", "09:00", "Europe/Berlin")).toBe("2026-07-01T07:00:00.000Z");
    expect(resolve("2026-07-01", "09:00", "UTC")).toBe("2026-07-01T09:00:00.000Z");
  });

  it("refuses a time the clocks skip", () => {
    expect(resolve("2026-03-08", "02:30", "America/New_York")).toBe("skipped");
    expect(resolve("2026-03-29", "02:30", "Europe/Berlin")).toBe("skipped");
  });

  it("takes the first of a time that happens twice, in every zone", () => {
    expect(resolve("2026-11-01", "01:30", "America/New_York")).toBe("2026-11-01T05:30:00.000Z");
    expect(resolve("2026-10-25", "02:30", "Europe/Berlin")).toBe("2026-10-25T00:30:00.000Z");
  });

  it("refuses dates that do not exist", () => {
    expect(resolve("2026-02-30", "09:00", "UTC")).toBe("invalid");
    expect(resolve("2026-13-01", "09:00", "UTC")).toBe("invalid");
    expect(resolve("2026-12-01", "24:00", "UTC")).toBe("invalid");
  });

  it("reads an instant back as the form's date and time", () => {
    expect(wallTimeOf(new Date("2026-12-01T17:30:00Z"), "America/Los_Angeles")).toEqual({
      date: "2026-12-01",
      time: "09:30",
    });
    expect(wallTimeOf(new Date("2026-12-31T23:30:00Z"), "Asia/Tokyo")).toEqual({ date: "2027-01-01", time: "08:30" });
  });
});
