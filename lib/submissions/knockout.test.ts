import { describe, expect, it } from "vitest";
import { isKnockedOut } from "./knockout";

const options = [
  { id: 1, label: "Yes" },
  { id: 2, label: "No" },
];

describe("knockout rules", () => {
  it("matches yes/no answers and option labels", () => {
    expect(isKnockedOut({ type: "YES_NO", knockout: { rejectIf: ["NO"] }, options: [] }, "NO")).toBe(true);
    expect(isKnockedOut({ type: "YES_NO", knockout: { rejectIf: ["NO"] }, options: [] }, "YES")).toBe(false);
    expect(isKnockedOut({ type: "SINGLE_SELECT", knockout: { rejectIf: ["No"] }, options }, 2)).toBe(true);
    expect(isKnockedOut({ type: "MULTI_SELECT", knockout: { rejectIf: ["No"] }, options }, [1])).toBe(false);
  });
  it("compares numbers and ignores malformed rules and unanswered questions", () => {
    expect(isKnockedOut({ type: "NUMBER", knockout: { rejectIfBelow: 5 }, options: [] }, 3)).toBe(true);
    expect(isKnockedOut({ type: "NUMBER", knockout: { rejectIfBelow: 5 }, options: [] }, 5)).toBe(false);
    expect(isKnockedOut({ type: "NUMBER", knockout: { nonsense: true }, options: [] }, 1)).toBe(false);
    expect(isKnockedOut({ type: "YES_NO", knockout: { rejectIf: ["NO"] }, options: [] }, undefined)).toBe(false);
  });
});
