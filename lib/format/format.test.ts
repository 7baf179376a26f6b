import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatLongDate, formatTimeAgo, formatTimestamp, isoDay } from "./dates";
import { normalizeEmail } from "./email";
import { legalFullName, preferredFirstName, preferredFullName } from "./names";
import { formatFileSize } from "./sizes";

describe("date formats", () => {
  // 23:30 UTC is already the next day east of UTC: every format must still print the UTC day.
  const late = new Date("2026-09-05T23:30:00Z");

  it("prints the UTC day whatever the machine's zone", () => {
    expect(formatDate(late)).toBe("5 Sept 2026");
    expect(formatDate(late.toISOString())).toBe("5 Sept 2026");
    expect(formatDateTime(late)).toBe("5 Sept 2026, 23:30 UTC");
    expect(formatLongDate(late)).toBe("September 5, 2026");
    expect(isoDay(late)).toBe("2026-09-05");
    expect(formatTimestamp(late)).toBe("2026-09-05 23:30:00 UTC");
  });

  it("says how long ago, in words", () => {
    expect(formatTimeAgo(new Date("2026-09-02T12:00:00Z"), new Date("2026-09-05T12:00:00Z"))).toBe("3 days ago");
  });
});

describe("candidate names", () => {
  const samantha = { firstName: "Samantha", lastName: "Rivera", preferredName: "Sam" };

  it("uses the preferred first name where staff address the person", () => {
    expect(preferredFullName(samantha)).toBe("Sam Rivera");
    expect(preferredFullName({ ...samantha, preferredName: null })).toBe("Samantha Rivera");
    expect(preferredFullName({ ...samantha, preferredName: "  " })).toBe("Samantha Rivera");
  });

  it("greets by the preferred first name", () => {
    expect(preferredFirstName(samantha)).toBe("Sam");
    expect(preferredFirstName({ ...samantha, preferredName: "" })).toBe("Samantha");
  });

  it("keeps the name as given for the legal record", () => {
    expect(legalFullName(samantha)).toBe("Samantha Rivera");
  });
});

describe("file sizes", () => {
  it.each([
    [840, "840 B"],
    [312 * 1024, "312 KB"],
    [2.4 * 1024 * 1024, "2.4 MB"],
  ])("prints %d bytes as %s", (bytes, text) => expect(formatFileSize(bytes)).toBe(text));
});

describe("email addresses", () => {
  it("matches an address however it was typed", () => {
    expect(normalizeEmail("  Sam.Rivera@Example.COM\t")).toBe("sam.rivera@example.com");
    expect(normalizeEmail(normalizeEmail(" A@B.de "))).toBe("a@b.de");
  });
});
