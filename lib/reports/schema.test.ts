import { describe, expect, it } from "vitest";
import { parseReportFilters, parseReportKey, periodEndingToday, reportFiltersQuery, reportPeriod } from "./schema";

const NOW = new Date("2026-11-28T15:00:00Z");

describe("report filters", () => {
  it("defaults to the last 90 days up to today (UTC)", () => {
    expect(parseReportFilters({}, NOW)).toEqual({ from: "2026-08-31", to: "2026-11-28" });
    expect(periodEndingToday(30, NOW)).toEqual({ from: "2026-10-30", to: "2026-11-28" });
  });

  it("takes a job and days, swaps reversed ends, and ignores what is malformed", () => {
    expect(parseReportFilters({ jobId: "7", from: "2026-01-01", to: "2026-03-31" }, NOW)).toEqual({
      jobId: 7,
      from: "2026-01-01",
      to: "2026-03-31",
    });
    expect(parseReportFilters({ from: "2026-03-31", to: "2026-01-01" }, NOW)).toEqual({
      from: "2026-01-01",
      to: "2026-03-31",
    });
    expect(parseReportFilters({ jobId: "x", from: "2026-02-31", to: "soon" }, NOW)).toEqual({
      from: "2026-08-31",
      to: "2026-11-28",
    });
    expect(parseReportFilters({ to: "2026-03-31" }, NOW)).toEqual({ from: "2026-01-01", to: "2026-03-31" });
    expect(parseReportFilters({ jobId: ["3", "4"], from: "" }, NOW)).toEqual({
      jobId: 3,
      from: "2026-08-31",
      to: "2026-11-28",
    });
  });

  it("reads the last day as included: the period ends at the start of the next day", () => {
    expect(reportPeriod({ from: "2026-02-01", to: "2026-02-28" })).toEqual({
      from: new Date("2026-02-01T00:00:00Z"),
      to: new Date("2026-03-01T00:00:00Z"),
    });
  });

  it("writes the filters back to a query, and knows the report names", () => {
    expect(reportFiltersQuery({ jobId: 7, from: "2026-01-01", to: "2026-01-31" }, { report: "funnel" })).toBe(
      "?report=funnel&jobId=7&from=2026-01-01&to=2026-01-31",
    );
    expect(parseReportKey("time-to-hire")).toBe("time-to-hire");
    expect(parseReportKey("salaries")).toBeUndefined();
  });
});
