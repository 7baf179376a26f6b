import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { parseInput } from "@/lib/candidates/parse-input";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { legalHoldSchema } from "./schema";

/**
 * Puts a person on legal hold (nothing of theirs is erased, by request or by the retention job)
 * or lifts it. Their open erasure requests follow: held while the hold lasts, pending again
 * once it is lifted, so the next run carries them out.
 */
export async function setLegalHold(input: { actor: Actor; candidateId: string; legalHold: boolean }) {
  const { actor } = input;
  assertCan(actor, "privacy.manage");
  const { candidateId, legalHold } = parseInput(legalHoldSchema, input);
  return db.$transaction(async (tx) => {
    // The same lock as eraseCandidate: a hold and an erasure never interleave.
    const [row] = await tx.$queryRaw<
      { id: string; legalHold: boolean; anonymizedAt: Date | null; mergedIntoId: string | null }[]
    >`
      SELECT "id", "legalHold", "anonymizedAt", "mergedIntoId" FROM "Candidate" WHERE "id" = ${candidateId} FOR UPDATE`;
    if (!row) throw new AppError("NOT_FOUND", "That candidate does not exist.");
    if (row.mergedIntoId)
      throw new AppError("VALIDATION", "This record was merged into another one: put the hold on that one.");
    if (row.anonymizedAt && legalHold)
      throw new AppError("VALIDATION", "This person's data has already been erased: there is nothing left to hold.");
    if (row.legalHold === legalHold) return { changed: false };

    await tx.candidate.update({ where: { id: candidateId }, data: { legalHold }, select: { id: true } });
    await tx.erasureRequest.updateMany({
      where: { candidateId, status: legalHold ? "PENDING" : "ON_HOLD" },
      data: { status: legalHold ? "ON_HOLD" : "PENDING" },
    });
    await recordAuditEvent(tx, {
      actor,
      action: "candidate.legalHoldChanged",
      subjectType: "candidate",
      subjectId: candidateId,
      metadata: { legalHold },
    });
    return { changed: true };
  });
}
