// Percentiles of a list of durations (nearest rank: p99 of 200 samples is the second slowest).
export type Timing = { samples: number; p50Ms: number; p99Ms: number; maxMs: number };

export function timingOf(durationsMs: number[]): Timing {
  const sorted = [...durationsMs].sort((a, b) => a - b);
  const rank = (fraction: number) => sorted[Math.max(0, Math.ceil(fraction * sorted.length) - 1)] ?? 0;
  const ms = (value: number) => Math.round(value * 10) / 10;
  return { samples: sorted.length, p50Ms: ms(rank(0.5)), p99Ms: ms(rank(0.99)), maxMs: ms(sorted.at(-1) ?? 0) };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
