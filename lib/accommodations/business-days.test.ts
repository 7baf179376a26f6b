import { describe, expect, it } from "vitest";
import { isOverdue, reminderDueAt } from "./business-days";

const at = (iso: string) => new Date(iso);

describe("reminderDueAt", () => {
  it("skips the weekend: Friday's request is due on Tuesday at the same time", () => {
    expect(reminderDueAt(at("2026-11-27T10:00:00Z")).toISOString()).toBe("2026-12-01T10:00:00.000Z");
  });

  it("counts two plain weekdays in mid-week", () => {
    expect(reminderDueAt(at("2026-11-24T15:30:00Z")).toISOString()).toBe("2026-11-26T15:30:00.000Z");
  });

  it("treats activity on a Saturday or Sunday like the Monday after it", () => {
    expect(reminderDueAt(at("2026-11-28T10:00:00Z")).toISOString()).toBe("2026-12-01T10:00:00.000Z");
    expect(reminderDueAt(at("2026-11-29T23:00:00Z")).toISOString()).toBe("2026-12-01T23:00:00.000Z");
  });
});

describe("isOverdue", () => {
  const friday = at("2026-11-27T10:00:00Z");
  it("is not overdue over the weekend or on Monday", () => {
    expect(isOverdue(friday, at("2026-11-29T23:59:00Z"))).toBe(false);
    expect(isOverdue(friday, at("2026-11-30T18:00:00Z"))).toBe(false);
    expect(isOverdue(friday, at("2026-12-01T09:59:59Z"))).toBe(false);
  });
  it("is overdue from Tuesday at the same time", () => {
    expect(isOverdue(friday, at("2026-12-01T10:00:00Z"))).toBe(true);
    expect(isOverdue(friday, at("2026-12-03T08:00:00Z"))).toBe(true);
  });
});
