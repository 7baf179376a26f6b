import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { applicationsVisibleTo, assertCan, can } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { findApplicantIdentity } from "@/lib/candidates/applicant-identity";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { isOverdue } from "./business-days";
import { candidateDisplayName, describeAccommodationAnswers } from "./labels";
import { loadAccommodationTimeline } from "./load-accommodation-timeline";

/**
 * One accommodation request with everything the coordinator needs to reach the person: the
 * request, how they want to be contacted, their email and phone, and the working timeline.
 * The permission check precedes any query, and every read is audited. The person is who made the
 * application, with the address and details they gave: after a merge the record may also hold a
 * look-alike, who must never be the one a coordinator writes or calls about this request.
 */
export async function getAccommodationRequest({
  actor,
  requestId,
  now = new Date(),
}: {
  actor: Actor;
  requestId: string;
  now?: Date;
}) {
  assertCan(actor, "accommodation.read");
  return db.$transaction(async (tx) => {
    const request = await tx.accommodationRequest.findFirst({
      where: { id: requestId, application: applicationsVisibleTo(actor) },
      select: {
        id: true,
        status: true,
        kinds: true,
        details: true,
        preferredContact: true,
        panelArrangement: true,
        createdAt: true,
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
              select: {
                firstName: true,
                lastName: true,
                preferredName: true,
                pronouns: true,
                email: true,
                phone: true,
              },
            },
          },
        },
      },
    });
    if (!request)
      throw new AppError("NOT_FOUND", "That accommodation request does not exist or is not visible to you.");

    await recordAuditEvent(tx, {
      actor,
      action: "view.accommodation",
      subjectType: "application",
      subjectId: request.application.id,
      metadata: { accommodationRequestId: request.id },
    });

    const { job } = request.application;
    const candidate = (await findApplicantIdentity(tx, request.application)) ?? request.application.candidate;
    const answers = describeAccommodationAnswers(
      request.formVersion.questions,
      request.kinds,
      request.preferredContact,
    );
    return {
      id: request.id,
      status: request.status,
      kinds: answers.kinds,
      details: request.details,
      preferredContact: request.preferredContact,
      preferredContactLabel: answers.preferredContact,
      panelArrangement: request.panelArrangement,
      createdAt: request.createdAt,
      lastActivityAt: request.lastActivityAt,
      waitingTooLong:
        (request.status === "NEW" || request.status === "IN_DISCUSSION") && isOverdue(request.lastActivityAt, now),
      formVersion: request.formVersion.version,
      application: { id: request.application.id, reference: request.application.reference, jobTitle: job.title },
      candidate: {
        name: candidateDisplayName(candidate),
        pronouns: candidate.pronouns,
        email: candidate.email,
        phone: candidate.phone,
      },
      canManage: can(actor, "accommodation.manage"),
      timeline: await loadAccommodationTimeline(tx, request.id, request.application.id),
    };
  });
}

export type AccommodationRequestDetail = Awaited<ReturnType<typeof getAccommodationRequest>>;
