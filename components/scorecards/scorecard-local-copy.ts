import type { ScorecardFormValues } from "@/lib/scorecards/schema";

// An unsaved scorecard lives in this browser until the server has it: a reload, a crash or a
// failed save loses nothing. `baseVersion` is the server version the edits started from, so a
// reload can tell "my edits on top of the saved one" from "someone saved after me".
const FORMAT = 1;

export type LocalCopy = { format: number; baseVersion: number; savedAt: string; values: ScorecardFormValues };

export const localCopyKey = (interviewId: string, authorId: string) => `trellis:scorecard:${interviewId}:${authorId}`;

export function readLocalCopy(key: string): LocalCopy | null {
  try {
    const copy = JSON.parse(window.localStorage.getItem(key) ?? "null") as LocalCopy | null;
    return copy?.format === FORMAT && Array.isArray(copy.values?.ratings) ? copy : null;
  } catch {
    return null;
  }
}

export function writeLocalCopy(key: string, baseVersion: number, values: ScorecardFormValues): void {
  const copy: LocalCopy = { format: FORMAT, baseVersion, savedAt: new Date().toISOString(), values };
  try {
    window.localStorage.setItem(key, JSON.stringify(copy));
  } catch {
    // Storage full or disabled: saving to the server still works, only without the safety copy.
  }
}

export function clearLocalCopy(key: string): void {
  try {
    window.localStorage.removeItem(key);
  } catch {
    // Nothing to clear.
  }
}

/** Same content, whatever the key order (compares what the server would store). */
export function sameScorecardValues(a: ScorecardFormValues, b: ScorecardFormValues): boolean {
  const canonical = (values: ScorecardFormValues) =>
    JSON.stringify([
      values.recommendation,
      values.keyTakeaways,
      values.privateNotes,
      values.ratings.map((entry) => [entry.attributeId, entry.rating, entry.notes]),
    ]);
  return canonical(a) === canonical(b);
}
