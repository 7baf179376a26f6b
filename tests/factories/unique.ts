import { randomBytes } from "node:crypto";

// A per-process random prefix keeps values unique across parallel test workers and across runs
// against the same database; the counter keeps them unique within a process.
const processPrefix = randomBytes(3).toString("hex");
let counter = 0;

/** A short lower-case token, unique per call, safe in slugs, emails and tokens. */
export function uniqueSuffix(): string {
  counter += 1;
  return `${processPrefix}${counter.toString(36)}`;
}

/** Picks from a list by a rotating index so consecutive rows differ but stay deterministic. */
export function pick<T>(items: readonly T[]): T {
  const item = items[counter % items.length];
  if (item === undefined) throw new Error("pick() needs a non-empty list");
  return item;
}
