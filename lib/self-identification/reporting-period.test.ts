import { describe, expect, it } from "vitest";
import { isReportable, latestReportablePeriod, periodFromKey, periodOf, reportablePeriods } from "./reporting-period";

const at = (iso: string) => new Date(iso);

describe("reporting periods", () => {
  it("are calendar quarters in UTC", () => {
    expect(periodOf(at("2026-12-31T23:59:59Z"))).toEqual({
      key: "2026-Q4",
      start: "2026-10-01",
      label: "October–December 2026",
    });
    expect(periodOf(at("2027-01-01T00:00:00Z"))).toMatchObject({ key: "2027-Q1", start: "2027-01-01" });
    expect(periodOf(at("2026-06-30T12:00:00Z"))).toMatchObject({ key: "2026-Q2", start: "2026-04-01" });
  });

  it("are named by keys like 2026-Q3 and nothing else", () => {
    expect(periodFromKey("2026-Q3")).toEqual({ key: "2026-Q3", start: "2026-07-01", label: "July–September 2026" });
    for (const key of ["2026-Q5", "2026-Q0", "2026-07", "2026-07-01", " 2026-Q3", "2026-q3", undefined])
      expect(periodFromKey(key)).toBeUndefined();
  });

  it("may be reported from the second day after the quarter ends, never while it is open", () => {
    const q4 = periodFromKey("2026-Q4")!;
    expect(isReportable(q4, at("2026-12-15T00:00:00Z"))).toBe(false);
    expect(isReportable(q4, at("2027-01-01T23:59:59Z"))).toBe(false);
    expect(isReportable(q4, at("2027-01-02T00:00:00Z"))).toBe(true);
    expect(latestReportablePeriod(at("2027-01-01T12:00:00Z")).key).toBe("2026-Q3");
    expect(latestReportablePeriod(at("2027-01-02T00:00:00Z")).key).toBe("2026-Q4");
  });

  it("lists the reportable quarters newest first, from the earliest answer's", () => {
    const keys = (earliest: string | null, now: string) =>
      reportablePeriods(earliest ? at(`${earliest}T00:00:00Z`) : null, at(now)).map((period) => period.key);
    expect(keys("2025-10-01", "2026-05-20T00:00:00Z")).toEqual(["2026-Q1", "2025-Q4"]);
    expect(keys(null, "2026-05-20T00:00:00Z")).toEqual(["2026-Q1"]);
    // Answers only in the open quarter: the latest reportable one is still offered (no answers).
    expect(keys("2026-04-01", "2026-05-20T00:00:00Z")).toEqual(["2026-Q1"]);
  });
});
