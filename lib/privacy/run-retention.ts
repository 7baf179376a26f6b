import "server-only";
import { db } from "@/lib/db";
import { eraseCandidate } from "./erase-candidate";
import { planErasures } from "./plan-erasures";
import { removeOrphanedFiles } from "./remove-erased-files";

export type RetentionRunSummary = {
  erased: string[];
  onHold: string[];
  failed: string[];
  filesRetried: { removed: number; failed: number };
};

/**
 * The daily privacy run: finishes file removals that failed before, puts requests of people on
 * legal hold on hold, then erases exactly what planErasures lists (the admin page's dry run),
 * each person in their own transaction so one failure does not stop the others.
 */
export async function runRetention({ now = new Date() }: { now?: Date } = {}): Promise<RetentionRunSummary> {
  const filesRetried = await removeOrphanedFiles({ now });
  await db.erasureRequest.updateMany({
    where: { status: "PENDING", candidateId: { in: await heldCandidateIds() } },
    data: { status: "ON_HOLD" },
  });

  const summary: RetentionRunSummary = { erased: [], onHold: [], failed: [], filesRetried };
  for (const planned of await planErasures({ now })) {
    try {
      const result = await eraseCandidate({
        candidateId: planned.candidateId,
        source: planned.reason === "REQUEST" ? planned.source : "RETENTION",
        erasureRequestId: planned.reason === "REQUEST" ? planned.erasureRequestId : undefined,
      });
      // A hold placed after the plan was read wins (eraseCandidate checks it under a lock).
      (result.status === "COMPLETED" ? summary.erased : summary.onHold).push(planned.candidateId);
    } catch (error) {
      summary.failed.push(planned.candidateId);
      console.error(
        `[privacy] erasure of candidate ${planned.candidateId} failed; the next run tries again`,
        (error as Error).message,
      );
    }
  }
  return summary;
}

async function heldCandidateIds(): Promise<string[]> {
  const held = await db.candidate.findMany({ where: { legalHold: true }, select: { id: true } });
  return held.map((candidate) => candidate.id);
}
