import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { applicationsVisibleTo, assertCan } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { legalAnswers } from "./legal-answer";

/**
 * The accommodation request of one application, for the people who handle accommodations.
 * The permission check comes before any query, so a recruiter, hiring manager or interviewer
 * learns nothing, not even whether a request exists. Each read is audited.
 */
export async function getAccommodationRequestForCoordinator({
  actor,
  applicationId,
}: {
  actor: Actor;
  applicationId: string;
}) {
  assertCan(actor, "accommodation.read");
  return db.$transaction(async (tx) => {
    const application = await tx.application.findFirst({
      where: { AND: [{ id: applicationId }, applicationsVisibleTo(actor)] },
      select: {
        id: true,
        accommodationRequest: {
          select: {
            id: true,
            kinds: true,
            details: true,
            preferredContact: true,
            status: true,
            panelArrangement: true,
            createdAt: true,
            updatedAt: true,
            formVersion: { select: { title: true, version: true, questions: true } },
          },
        },
      },
    });
    if (!application) throw new AppError("NOT_FOUND", "That application does not exist or is not visible to you.");
    const request = application.accommodationRequest;
    if (!request) return null;

    await recordAuditEvent(tx, {
      actor,
      action: "view.accommodation",
      subjectType: "application",
      subjectId: application.id,
      metadata: { accommodationRequestId: request.id },
    });

    const [kinds, preferredContact] = legalAnswers(request.formVersion.questions, {
      kinds: request.kinds,
      preferredContact: request.preferredContact,
    });
    return {
      id: request.id,
      form: { title: request.formVersion.title, version: request.formVersion.version },
      kinds: kinds?.answer ?? null,
      preferredContact: preferredContact?.answer ?? null,
      details: request.details,
      status: request.status,
      panelArrangement: request.panelArrangement,
      createdAt: request.createdAt,
      updatedAt: request.updatedAt,
    };
  });
}

export type AccommodationRequestView = Awaited<ReturnType<typeof getAccommodationRequestForCoordinator>>;
