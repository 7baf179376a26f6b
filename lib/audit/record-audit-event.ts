import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { DbTransaction } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";

export type AuditAction =
  | "view.eligibility"
  | "view.accommodation"
  | "view.eeoReport"
  | "application.stageChanged"
  | "application.rejected"
  | "application.tagged"
  | "application.decided"
  | "candidate.exported"
  | "candidate.erased"
  | "candidate.merged"
  | "application.withdrawn"
  | "application.statusLinkResent"
  | "accommodation.candidateUpdated"
  | "candidate.erasureRequested"
  | "staff.invited"
  | "staff.roleChanged"
  | "staff.deactivated"
  | "staff.reactivated"
  | "job.hiringTeamChanged"
  | "job.interviewPlanChanged";

type AuditEvent = {
  actor: Actor | { kind: "candidate" | "system" };
  action: AuditAction;
  subjectType: "application" | "candidate" | "user" | "job" | "report";
  subjectId?: string;
  metadata?: Prisma.InputJsonValue;
};

/**
 * Appends to the audit log (who, what, when). Pass the transaction of the change itself so the
 * record exists exactly when the change does. The app never updates or deletes these rows.
 */
export async function recordAuditEvent(tx: DbTransaction, event: AuditEvent): Promise<void> {
  const isStaff = "userId" in event.actor;
  await tx.auditEvent.create({
    data: {
      actorType: isStaff ? "staff" : (event.actor as { kind: string }).kind,
      actorId: isStaff ? (event.actor as Actor).userId : null,
      action: event.action,
      subjectType: event.subjectType,
      subjectId: event.subjectId,
      metadata: event.metadata,
    },
  });
}
