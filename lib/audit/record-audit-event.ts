import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { DbTransaction } from "@/lib/db";
import { staffUserIdOf, type Actor } from "@/lib/auth/actor";

export type AuditAction =
  | "view.eligibility"
  | "view.accommodation"
  | "view.eeoReport"
  | "report.exported"
  | "legalText.created"
  | "application.stageChanged"
  | "application.rejected"
  | "application.tagged"
  | "application.decided"
  | "candidate.exported"
  | "applications.exported"
  | "candidate.erased"
  | "candidate.legalHoldChanged"
  | "accommodation.noteAdded"
  | "accommodation.statusChanged"
  | "accommodation.panelArrangementChanged"
  | "privacy.retentionChanged"
  | "candidate.merged"
  | "candidate.applicantSeparated"
  | "application.withdrawn"
  | "application.statusLinkResent"
  | "application.statusLinkReissued"
  | "accommodation.candidateUpdated"
  | "candidate.erasureRequested"
  | "staff.invited"
  | "staff.roleChanged"
  | "staff.deactivated"
  | "staff.reactivated"
  | "job.hiringTeamChanged"
  | "interview.scheduled"
  | "interview.rescheduled"
  | "interview.cancelled"
  | "interview.panelChanged"
  | "scorecard.submitted"
  | "scorecard.edited"
  | "job.interviewPlanChanged"
  | "interview.slotsOffered"
  | "interview.slotOfferWithdrawn"
  | "availability.changed"
  | "job.selfScheduleCutoffChanged"
  | "job.offerSettingsChanged"
  | "job.publishedWithOverride"
  | "offerLetter.saved"
  | "offer.drafted"
  | "offer.termsChanged"
  | "offer.submitted"
  | "offer.approved"
  | "offer.sentBack"
  | "offer.approvalRestarted"
  | "offer.exportReviewed"
  | "offer.released"
  | "offer.withdrawn"
  | "offer.accepted"
  | "offer.declined"
  | "offer.expiryReminded"
  | "offer.expired"
  | "webhook.endpointCreated"
  | "webhook.endpointEnabled"
  | "webhook.endpointDisabled"
  | "webhook.redelivered"
  | "webhook.secretRotated"
  | "webhook.previousSecretRemoved"
  | "webhook.allowedHostsChanged"
  | "apiToken.created"
  | "apiToken.revoked";

type AuditEvent = {
  actor: Actor | { kind: "candidate" | "system" };
  action: AuditAction;
  subjectType:
    | "application"
    | "candidate"
    | "user"
    | "job"
    | "report"
    | "organization"
    | "legalText"
    | "webhookEndpoint"
    | "apiToken";
  subjectId?: string;
  metadata?: Prisma.InputJsonValue;
};

/**
 * Appends to the audit log (who, what, when). Pass the transaction of the change itself so the
 * record exists exactly when the change does. The app never updates or deletes these rows.
 */
export async function recordAuditEvent(tx: DbTransaction, event: AuditEvent): Promise<void> {
  await tx.auditEvent.create({ data: auditEventRow(event) });
}

/** Many events of one change in one INSERT (e.g. every application moved off a removed stage). */
export async function recordAuditEvents(tx: DbTransaction, events: AuditEvent[]): Promise<void> {
  if (events.length > 0) await tx.auditEvent.createMany({ data: events.map(auditEventRow) });
}

function auditEventRow(event: AuditEvent): Prisma.AuditEventCreateManyInput {
  const { actor } = event;
  const kind = "userId" in actor ? (actor.kind ?? "staff") : actor.kind;
  return {
    actorType: kind,
    actorId: staffUserIdOf(actor),
    apiTokenId: actor.kind === "apiToken" ? actor.tokenId : null,
    action: event.action,
    subjectType: event.subjectType,
    subjectId: event.subjectId,
    metadata: event.metadata,
  };
}
