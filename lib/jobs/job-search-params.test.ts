import { describe, expect, it } from "vitest";
import { hasActiveFilters, parseJobSearch, remoteFilterValue } from "./job-search-params";

describe("parseJobSearch", () => {
  it("reads the careers-home view from the URL", () => {
    expect(
      parseJobSearch({ q: " runtime ", department: "Engineering", location: "Austin", remote: "on-site" }),
    ).toEqual({
      q: "runtime",
      department: "Engineering",
      location: "Austin",
      remote: "ON_SITE",
    });
  });

  it("ignores blank, unknown and repeated values", () => {
    expect(parseJobSearch({ q: ["", "wasm"], department: "  ", remote: "constructor" })).toEqual({
      q: "wasm",
      department: undefined,
      location: undefined,
      remote: undefined,
    });
    expect(hasActiveFilters(parseJobSearch({}))).toBe(false);
  });

  it("treats a value with NUL or another control character as blank (Postgres refuses NUL in a query)", () => {
    expect(parseJobSearch({ q: "\u0000", department: ["x\u0000", "Engineering"], location: "Austin\u0007" })).toEqual({
      q: undefined,
      department: "Engineering",
      location: undefined,
      remote: undefined,
    });
    expect(hasActiveFilters(parseJobSearch({ q: "a\u0000b" }))).toBe(false);
  });

  it("caps the search text", () => {
    expect(parseJobSearch({ q: "x".repeat(500) }).q).toHaveLength(100);
  });

  it("maps the enum back to its URL value", () => {
    expect(remoteFilterValue("HYBRID")).toBe("hybrid");
    expect(remoteFilterValue(undefined)).toBeUndefined();
  });
});
