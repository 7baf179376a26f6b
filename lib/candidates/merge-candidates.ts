import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { reissueStatusLinks } from "@/lib/candidate-rights/reissue-status-links";
import { AppError } from "@/lib/errors";
import { refreshCandidateSearchText } from "@/lib/search/search-text";
import { contactDetailsSelect, FILLABLE, type FillableField } from "./contact-details";
import { parseInput } from "./parse-input";
import { mergeCandidatesSchema } from "./schema";

/**
 * Merges a duplicate candidate into the one kept. The duplicate's applications move, and with
 * them their stage history, notes, tags and emails, which all hang off the application; two
 * applications to the same job both stay. The duplicate row remains, marked `mergedIntoId`, so
 * the merge is visible in the data and the audit log says who did it.
 *
 * A merge is a recruiter's belief that two records are one person, and it can be wrong (a
 * look-alike with the other's name and public LinkedIn URL). So it gives no applicant anything
 * of the other's: every status link to the record is replaced and each new one mailed to the
 * address its application was made with (reissueStatusLinks), a link reaches only what its
 * address applied with (applicationsOwnedByStatusLink), and the contact details copied into the
 * kept record are marked as copied (mergeFilledFields). Someone who asked to be erased is not
 * merged: their request covers what their link reached.
 */
export async function mergeCandidates(input: { actor: Actor; keepCandidateId: string; duplicateCandidateId: string }) {
  const { actor } = input;
  assertCan(actor, "candidate.merge");
  const { keepCandidateId, duplicateCandidateId } = parseInput(mergeCandidatesSchema, input);
  if (keepCandidateId === duplicateCandidateId)
    throw new AppError("VALIDATION", "A candidate cannot be merged into itself.");

  return db.$transaction(async (tx) => {
    // Lock both rows (in a fixed order, so two opposite merges cannot deadlock) and re-check
    // them under the lock: a concurrent merge of either one turns this one into a refusal.
    const ids = [keepCandidateId, duplicateCandidateId].sort();
    await tx.$queryRaw`SELECT "id" FROM "Candidate" WHERE "id" IN (${ids[0]}, ${ids[1]}) ORDER BY "id" FOR UPDATE`;
    const rows = await tx.candidate.findMany({
      where: { id: { in: ids } },
      select: {
        id: true,
        mergedIntoId: true,
        anonymizedAt: true,
        ...contactDetailsSelect,
      },
    });
    const keep = rows.find((row) => row.id === keepCandidateId);
    const duplicate = rows.find((row) => row.id === duplicateCandidateId);
    if (!keep || !duplicate) throw new AppError("NOT_FOUND", "One of those candidates does not exist.");
    if (keep.mergedIntoId || duplicate.mergedIntoId)
      throw new AppError("CONFLICT", "One of these candidates was already merged. Reload the page.");
    if (keep.anonymizedAt || duplicate.anonymizedAt)
      throw new AppError("VALIDATION", "An erased candidate cannot be merged.");
    const erasureAsked = await tx.erasureRequest.count({
      where: { candidateId: { in: ids }, source: "CANDIDATE", status: { in: ["PENDING", "ON_HOLD"] } },
    });
    if (erasureAsked > 0)
      throw new AppError("VALIDATION", "This candidate asked for their data to be erased, so they cannot be merged.");

    const moved = await tx.application.updateMany({
      where: { candidateId: duplicate.id },
      data: { candidateId: keep.id },
    });
    // Emails that belong to the person rather than one application follow them too.
    await tx.emailOutbox.updateMany({ where: { candidateId: duplicate.id }, data: { candidateId: keep.id } });
    // Earlier merges into the duplicate now point at the survivor: no chains to follow.
    await tx.candidate.updateMany({ where: { mergedIntoId: duplicate.id }, data: { mergedIntoId: keep.id } });

    // The kept record's own details win; only its empty contact fields are filled.
    const filled: Partial<Record<FillableField, string>> = {};
    for (const field of FILLABLE) {
      const value = duplicate[field];
      if (!keep[field] && value) filled[field] = value;
    }
    const mergeFilledFields = [...new Set([...keep.mergeFilledFields, ...Object.keys(filled)])];
    await tx.candidate.update({ where: { id: keep.id }, data: { ...filled, mergeFilledFields }, select: { id: true } });
    await tx.candidate.update({ where: { id: duplicate.id }, data: { mergedIntoId: keep.id }, select: { id: true } });

    await refreshCandidateSearchText(tx, keep.id);
    await recordAuditEvent(tx, {
      actor,
      action: "candidate.merged",
      subjectType: "candidate",
      subjectId: keep.id,
      metadata: { mergedCandidateId: duplicate.id, movedApplications: moved.count, filledFields: Object.keys(filled) },
    });
    const emailIds = await reissueStatusLinks(tx, { actor, candidateId: keep.id });
    return { keptCandidateId: keep.id, movedApplications: moved.count, emailIds };
  });
}
