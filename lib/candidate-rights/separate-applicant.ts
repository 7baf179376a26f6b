import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { contactDetailsSelect, rebuildContactDetails, type ContactDetails } from "@/lib/candidates/contact-details";
import type { DbTransaction } from "@/lib/db";
import { refreshCandidateSearchText } from "@/lib/search/search-text";

const recordSelect = {
  id: true,
  firstName: true,
  lastName: true,
  email: true,
  emailNormalized: true,
  ...contactDetailsSelect,
  legalHold: true,
} as const;

type CandidateRecord = {
  id: string;
  firstName: string;
  lastName: string;
  email: string;
  emailNormalized: string;
} & ContactDetails;

const identityOf = (record: CandidateRecord) => ({
  firstName: record.firstName,
  lastName: record.lastName,
  email: record.email,
  emailNormalized: record.emailNormalized,
});

/**
 * Before an erasure asked for through a status link: when a merge joined applicants of other
 * addresses to the record, the applications made with the link's address move to a record of
 * their own, with the identity given with them, so the request (and the erasure) covers that
 * applicant and never the others. The record the others stay on keeps its id; if it carried this
 * applicant's identity, it takes that of the earliest other applicant's own record. Contact
 * details a merge copied between the two are rebuilt from each side's own. The caller holds the
 * record's row lock. Returns the record that now holds the address's applications.
 */
export async function separateApplicant(
  tx: DbTransaction,
  { candidateId, emailNormalized }: { candidateId: string; emailNormalized: string },
): Promise<string> {
  const others = await tx.application.count({ where: { candidateId, emailNormalized: { not: emailNormalized } } });
  if (others === 0) return candidateId;
  const records = await tx.candidate.findMany({
    where: { OR: [{ id: candidateId }, { mergedIntoId: candidateId }] },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: recordSelect,
  });
  const kept = records.find((record) => record.id === candidateId)!;
  const own = records.filter((record) => record.id !== candidateId && record.emailNormalized === emailNormalized);
  const rest = records.filter((record) => record.id !== candidateId && record.emailNormalized !== emailNormalized);

  let separatedId: string;
  if (kept.emailNormalized === emailNormalized) {
    const [successor, ...more] = rest;
    // Only applying makes applications, each with its own record: without one for the others'
    // address there is nobody to hand the record to, and the request covers the whole record.
    if (!successor) return candidateId;
    const separated = await tx.candidate.create({
      data: { ...identityOf(kept), ...rebuildContactDetails(kept, own), legalHold: kept.legalHold },
      select: { id: true },
    });
    separatedId = separated.id;
    await tx.candidate.update({
      where: { id: candidateId },
      data: { ...identityOf(successor), ...rebuildContactDetails(successor, more) },
      select: { id: true },
    });
  } else {
    const [separated, ...more] = own;
    if (!separated) return candidateId;
    separatedId = separated.id;
    await tx.candidate.update({
      where: { id: separated.id },
      data: { ...rebuildContactDetails(separated, more), mergedIntoId: null, legalHold: kept.legalHold },
      select: { id: true },
    });
    await tx.candidate.update({
      where: { id: candidateId },
      data: rebuildContactDetails(kept, rest),
      select: { id: true },
    });
  }
  await tx.candidate.updateMany({
    where: { id: { in: own.map((record) => record.id).filter((id) => id !== separatedId) } },
    data: { mergedIntoId: separatedId },
  });
  const moved = await tx.application.updateMany({
    where: { candidateId, emailNormalized },
    data: { candidateId: separatedId },
  });
  // Emails about no application that went to this address (the merge moved them to the record).
  await tx.emailOutbox.updateMany({
    where: { candidateId, applicationId: null, toAddress: { equals: emailNormalized, mode: "insensitive" } },
    data: { candidateId: separatedId },
  });
  await refreshCandidateSearchText(tx, candidateId);
  await refreshCandidateSearchText(tx, separatedId);
  await recordAuditEvent(tx, {
    actor: { kind: "candidate" },
    action: "candidate.applicantSeparated",
    subjectType: "candidate",
    subjectId: candidateId,
    metadata: { separatedCandidateId: separatedId, movedApplications: moved.count },
  });
  return separatedId;
}
