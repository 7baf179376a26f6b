import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db, type DbTransaction } from "@/lib/db";
import { erasureRequestedEmail } from "@/lib/email/templates/candidate-rights";
import { CandidateRefusal } from "./candidate-refusal";
import { queueCandidateEmail } from "./confirmation-email";
import { ERASURE_DEADLINE_DAYS } from "./erasure-policy";
import { separateApplicant } from "./separate-applicant";
import { requireStatusLinkHolder, type StatusLinkHolder } from "./status-link";

export type ErasureRequested = { erasureRequestId: string; created: boolean; emailId: string | null };

/**
 * Records the candidate's request to be erased: every application the link reaches (those made
 * with its address; erasure is per person). When a merge joined applicants of other addresses to
 * the record, this applicant is first separated onto a record of their own, so the request and the
 * erasure cover them and nobody else (separate-applicant.ts). Asking twice changes nothing and
 * sends no second email: while a request is pending or on hold, that request is the answer.
 */
export async function requestErasure({ statusToken }: { statusToken: string }): Promise<ErasureRequested> {
  return db.$transaction(async (tx) => {
    const { applicationId, candidateId: recordId, emailNormalized } = await lockHolderRecord(tx, statusToken);
    const candidateId = await separateApplicant(tx, { candidateId: recordId, emailNormalized });
    const open = await tx.erasureRequest.findFirst({
      where: { candidateId, status: { in: ["PENDING", "ON_HOLD"] } },
      orderBy: [{ requestedAt: "asc" }, { id: "asc" }],
      select: { id: true },
    });
    if (open) return { erasureRequestId: open.id, created: false, emailId: null };

    const request = await tx.erasureRequest.create({
      data: { candidateId, applicationId, source: "CANDIDATE", status: "PENDING" },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      actor: { kind: "candidate" },
      action: "candidate.erasureRequested",
      subjectType: "candidate",
      subjectId: candidateId,
      metadata: { erasureRequestId: request.id, applicationId, source: "CANDIDATE" },
    });
    const emailId = await queueCandidateEmail(tx, {
      applicationId,
      statusToken,
      template: "candidate-erasure-requested",
      render: (common) => erasureRequestedEmail({ ...common, deadlineDays: ERASURE_DEADLINE_DAYS }),
    });
    return { erasureRequestId: request.id, created: true, emailId };
  });
}

/**
 * The link's holder, with its candidate record locked. Two clicks at once both wait here, and the
 * second then finds the first one's request; a merge waits too. The application may have moved
 * to another record (a merge, or the first click's separation) while we waited: follow it.
 */
async function lockHolderRecord(tx: DbTransaction, statusToken: string): Promise<StatusLinkHolder> {
  let holder = await requireStatusLinkHolder(tx, statusToken);
  for (let attempt = 0; attempt < 3; attempt++) {
    await tx.$executeRaw`SELECT 1 FROM "Candidate" WHERE "id" = ${holder.candidateId} FOR UPDATE`;
    const current = await requireStatusLinkHolder(tx, statusToken);
    if (current.candidateId === holder.candidateId) return current;
    holder = current;
  }
  throw new CandidateRefusal("CONFLICT", "erasureConflict");
}
