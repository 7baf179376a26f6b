// Small-cell suppression for the aggregate EEO report (decision 0012: a count of fewer than 5 people
// could point at someone). The rule, applied to each table (one question's categories and
// their total) on its own:
//  1. A table whose total is 1–4 shows nothing but "<5": every cell and the total.
//  2. Otherwise every cell counting 1–4 people is suppressed ("<5"). Zeros are shown.
//  3. Complementary suppression: anyone can subtract the shown cells from the total, so the
//     suppressed cells' sum is public. While that sum is under 5, or some suppressed cell's exact
//     value can still be worked out from it (readers know a "<5" cell holds 1–4 and a
//     complementary cell at least 5), the smallest shown non-zero cell is suppressed too
//     ("hidden"). When no cell is left to hide, the total is hidden as well.
// The raw counts never leave lib/reports/eeo: callers get only what this returns.

export const SMALL_CELL_LIMIT = 5;

export type SuppressedCount = { kind: "count"; value: number } | { kind: "small" } | { kind: "hidden" };

export type SuppressedTable = { cells: SuppressedCount[]; total: SuppressedCount };

const isSmall = (count: number) => count >= 1 && count < SMALL_CELL_LIMIT;

export function suppressTable(counts: number[], total: number): SuppressedTable {
  if (isSmall(total)) return { cells: counts.map(() => ({ kind: "small" })), total: { kind: "small" } };
  const hidden = new Map<number, "small" | "hidden">();
  counts.forEach((count, index) => {
    if (isSmall(count)) hidden.set(index, "small");
  });
  let hideTotal = false;
  while (hidden.size > 0 && !isProtected(counts, hidden)) {
    const next = smallestShownPositive(counts, hidden);
    if (next === undefined) {
      hideTotal = true;
      break;
    }
    hidden.set(next, "hidden");
  }
  return {
    cells: counts.map((value, index) => {
      const kind = hidden.get(index);
      return kind ? { kind } : { kind: "count", value };
    }),
    total: hideTotal ? { kind: "hidden" } : { kind: "count", value: total },
  };
}

/**
 * Whether the suppressed cells, whose sum a reader knows, add up to at least 5 and leave every
 * one of them with more than one possible value (bounds: 1–4 for "<5", 5 or more for "hidden").
 */
function isProtected(counts: number[], hidden: Map<number, "small" | "hidden">): boolean {
  const cells = [...hidden].map(([index, kind]) => ({
    value: counts[index]!,
    low: kind === "small" ? 1 : SMALL_CELL_LIMIT,
    high: kind === "small" ? SMALL_CELL_LIMIT - 1 : Infinity,
  }));
  const sum = cells.reduce((total, cell) => total + cell.value, 0);
  if (sum < SMALL_CELL_LIMIT) return false;
  return cells.every((cell) => {
    const others = cells.filter((other) => other !== cell);
    const lowest = Math.max(cell.low, sum - others.reduce((total, other) => total + other.high, 0));
    const highest = Math.min(cell.high, sum - others.reduce((total, other) => total + other.low, 0));
    return highest > lowest;
  });
}

function smallestShownPositive(counts: number[], hidden: Map<number, unknown>): number | undefined {
  let best: number | undefined;
  counts.forEach((count, index) => {
    if (count > 0 && !hidden.has(index) && (best === undefined || count < counts[best]!)) best = index;
  });
  return best;
}
