import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { suppressTable, type SuppressedCount } from "./suppress";

const show = (cell: SuppressedCount) => (cell.kind === "count" ? cell.value : cell.kind === "small" ? "<5" : "hidden");
const table = (counts: number[]) => {
  const result = suppressTable(
    counts,
    counts.reduce((a, b) => a + b, 0),
  );
  return { cells: result.cells.map(show), total: show(result.total) };
};

describe("suppressTable", () => {
  it("shows a table without small cells as it is, zeros included", () => {
    expect(table([12, 0, 7, 5])).toEqual({ cells: [12, 0, 7, 5], total: 24 });
  });

  it("shows nothing but <5 when the whole table counts 1 to 4 people, zeros too", () => {
    expect(table([1, 0, 0, 0])).toEqual({ cells: ["<5", "<5", "<5", "<5"], total: "<5" });
    expect(table([2, 2, 0])).toEqual({ cells: ["<5", "<5", "<5"], total: "<5" });
  });

  it("hides the smallest other cell when one small cell could be worked out from the total", () => {
    expect(table([20, 3, 0, 9])).toEqual({ cells: [20, "<5", 0, "hidden"], total: 32 });
  });

  it("keeps two small cells alone when neither can be worked out (3 + 4: which is which?)", () => {
    expect(table([20, 3, 4])).toEqual({ cells: [20, "<5", "<5"], total: 27 });
  });

  it("hides more when small cells could only be 4 and 4, or add up to under 5", () => {
    expect(table([20, 4, 4, 6])).toEqual({ cells: [20, "<5", "<5", "hidden"], total: 34 });
    expect(table([20, 1, 2, 6])).toEqual({ cells: [20, "<5", "<5", "hidden"], total: 29 });
  });

  it("hides another cell when a small cell and one complement leave one possibility (1 + 5 = 6)", () => {
    expect(table([1, 5, 30])).toEqual({ cells: ["<5", "hidden", "hidden"], total: 36 });
  });

  it("hides the total when no cell is left to hide", () => {
    expect(table([1, 5])).toEqual({ cells: ["<5", "hidden"], total: "hidden" });
  });

  it("never lets a suppressed cell be deduced from the total and the shown cells (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 40 }), { minLength: 1, maxLength: 8 }), (counts) => {
        const total = counts.reduce((a, b) => a + b, 0);
        const result = suppressTable(counts, total);
        result.cells.forEach((cell, index) => {
          if (counts[index]! >= 1 && counts[index]! <= 4) expect(cell.kind).not.toBe("count");
        });
        if (result.total.kind !== "count") return;
        // Every other table of counts with the same shown cells and the same total, within the
        // bounds a reader knows, must give each suppressed cell more than one possible value.
        const hidden = result.cells.flatMap((cell, index) =>
          cell.kind === "count" ? [] : [{ index, kind: cell.kind }],
        );
        if (hidden.length === 0) return;
        const sum = hidden.reduce((a, { index }) => a + counts[index]!, 0);
        expect(sum).toBeGreaterThanOrEqual(5);
        const possible = hidden.map(() => new Set<number>());
        const walk = (position: number, remaining: number, chosen: number[]) => {
          if (position === hidden.length) {
            if (remaining === 0) chosen.forEach((value, i) => possible[i]!.add(value));
            return;
          }
          const [low, high] = hidden[position]!.kind === "small" ? [1, 4] : [5, remaining];
          for (let value = low; value <= Math.min(high, remaining); value += 1)
            walk(position + 1, remaining - value, [...chosen, value]);
        };
        walk(0, sum, []);
        possible.forEach((values) => expect(values.size).toBeGreaterThan(1));
      }),
      { numRuns: 400 },
    );
  });
});
