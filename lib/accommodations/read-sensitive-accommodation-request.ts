import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { applicationsVisibleTo, assertCan, can } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { findApplicantIdentity } from "@/lib/candidates/applicant-identity";
import { db, type DbTransaction } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { preferredFullName } from "@/lib/format/names";
import { accommodationForCandidateSelect } from "./accommodation-for-candidate";
import { isOverdue } from "./business-days";
import { describeAccommodationAnswers } from "./labels";
import { loadAccommodationTimeline } from "./load-accommodation-timeline";

/** The candidate's own view (accommodationForCandidateSelect) plus what only coordinators work with. */
const staffSelect = {
  id: true,
  ...accommodationForCandidateSelect,
  lastActivityAt: true,
  formVersion: { select: { version: true, questions: true } },
  application: {
    select: {
      id: true,
      reference: true,
      candidateId: true,
      emailNormalized: true,
      job: { select: { title: true } },
      // Only for an erased person, who has no applicant identity left (findApplicantIdentity).
      candidate: {
        select: { firstName: true, lastName: true, preferredName: true, pronouns: true, email: true, phone: true },
      },
    },
  },
} as const;

type Which = { requestId: string } | { applicationId: string };

/**
 * The one staff reader of an accommodation request, by its id (the queue) or by its application
 * (the candidate profile, null when none was made). It is sensitive: what the person asked for, how
 * to reach them, their email and phone, and the coordinators' working timeline. The permission check
 * precedes any query, so a recruiter, hiring manager or interviewer learns nothing, not even whether
 * a request exists; every read is audited. The person is who made the application, with the address
 * and details they gave: after a merge the record may also hold a look-alike, who must never be the
 * one a coordinator writes or calls about this request.
 */
export async function readSensitiveAccommodationRequest(args: {
  actor: Actor;
  requestId: string;
  now?: Date;
}): Promise<SensitiveAccommodationRequest>;
export async function readSensitiveAccommodationRequest(args: {
  actor: Actor;
  applicationId: string;
  now?: Date;
}): Promise<SensitiveAccommodationRequest | null>;
export async function readSensitiveAccommodationRequest({
  actor,
  now = new Date(),
  ...which
}: { actor: Actor; now?: Date } & Which) {
  assertCan(actor, "accommodation.read");
  return db.$transaction(async (tx) => {
    const requestId = "requestId" in which ? which.requestId : await requestIdOf(tx, actor, which.applicationId);
    return requestId === null ? null : readVisibleRequest(tx, actor, requestId, now);
  });
}

async function readVisibleRequest(tx: DbTransaction, actor: Actor, requestId: string, now: Date) {
  const request = await tx.accommodationRequest.findFirst({
    where: { id: requestId, application: applicationsVisibleTo(actor) },
    select: staffSelect,
  });
  if (!request) throw new AppError("NOT_FOUND", "That accommodation request does not exist or is not visible to you.");

  await recordAuditEvent(tx, {
    actor,
    action: "view.accommodation",
    subjectType: "application",
    subjectId: request.application.id,
    metadata: { accommodationRequestId: request.id },
  });

  const { job } = request.application;
  const candidate = (await findApplicantIdentity(tx, request.application)) ?? request.application.candidate;
  const answers = describeAccommodationAnswers(request.formVersion.questions, request.kinds, request.preferredContact);
  return {
    id: request.id,
    status: request.status,
    kinds: answers.kinds,
    details: request.details,
    preferredContact: request.preferredContact,
    preferredContactLabel: answers.preferredContact,
    panelArrangement: request.panelArrangement,
    extraMinutes: request.extraMinutes,
    createdAt: request.createdAt,
    lastActivityAt: request.lastActivityAt,
    waitingTooLong:
      (request.status === "NEW" || request.status === "IN_DISCUSSION") && isOverdue(request.lastActivityAt, now),
    formVersion: request.formVersion.version,
    application: { id: request.application.id, reference: request.application.reference, jobTitle: job.title },
    candidate: {
      name: preferredFullName(candidate),
      pronouns: candidate.pronouns,
      email: candidate.email,
      phone: candidate.phone,
    },
    canManage: can(actor, "accommodation.manage"),
    timeline: await loadAccommodationTimeline(tx, request.id, request.application.id),
  };
}

/** The request of an application the actor sees; null when none was made. */
async function requestIdOf(tx: DbTransaction, actor: Actor, applicationId: string): Promise<string | null> {
  const application = await tx.application.findFirst({
    where: { AND: [{ id: applicationId }, applicationsVisibleTo(actor)] },
    select: { accommodationRequest: { select: { id: true } } },
  });
  if (!application) throw new AppError("NOT_FOUND", "That application does not exist or is not visible to you.");
  return application.accommodationRequest?.id ?? null;
}

export type SensitiveAccommodationRequest = Awaited<ReturnType<typeof readVisibleRequest>>;
