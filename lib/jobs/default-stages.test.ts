import { describe, expect, it } from "vitest";
import { DEFAULT_STAGES, defaultStageRows } from "./default-stages";

describe("default stages", () => {
  it("starts at Applied, ends at Hired, with positions in order", () => {
    const rows = defaultStageRows();
    expect(rows.map((row) => row.name)).toEqual([
      "Applied",
      "Recruiter screen",
      "Hiring manager screen",
      "Technical interviews",
      "Onsite panel",
      "Offer",
      "Hired",
    ]);
    expect(rows.map((row) => row.position)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(rows[0]?.kind).toBe("APPLIED");
    expect(rows.at(-1)?.kind).toBe("HIRED");
  });

  it("returns fresh rows each time so a caller cannot change the defaults", () => {
    defaultStageRows()[0]!.name = "Changed";
    expect(DEFAULT_STAGES[0]?.name).toBe("Applied");
  });
});
