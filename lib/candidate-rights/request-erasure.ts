import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { erasureRequestedEmail } from "@/lib/email/templates/candidate-rights";
import { queueCandidateEmail } from "./confirmation-email";
import { ERASURE_DEADLINE_DAYS } from "./erasure-policy";
import { requireStatusLinkHolder } from "./status-link";

export type ErasureRequested = { erasureRequestId: string; created: boolean; emailId: string | null };

/**
 * Records the candidate's request to be erased (all their applications: erasure is per person).
 * Asking twice changes nothing and sends no second email: while a request is pending or on hold,
 * that request is the answer.
 */
export async function requestErasure({ statusToken }: { statusToken: string }): Promise<ErasureRequested> {
  return db.$transaction(async (tx) => {
    const { applicationId, candidateId } = await requireStatusLinkHolder(tx, statusToken);
    // Two clicks at once both wait here; the second then finds the first one's request.
    await tx.$executeRaw`SELECT 1 FROM "Candidate" WHERE "id" = ${candidateId} FOR UPDATE`;
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
