import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { applicationsVisibleTo, assertCan } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { legalAnswers } from "./legal-answer";

const formSelect = { select: { title: true, version: true, questions: true } } as const;

/**
 * Work authorization and the export-control attestation of one application, with the wording
 * version the candidate saw and when they answered. Recruiting staff only, never the panel
 * (decision 0002); every read is written to the audit log in the same transaction.
 */
export async function getEligibilityAnswersForRecruiter({
  actor,
  applicationId,
}: {
  actor: Actor;
  applicationId: string;
}) {
  assertCan(actor, "application.readEligibility");
  return db.$transaction(async (tx) => {
    const application = await tx.application.findFirst({
      where: { AND: [{ id: applicationId }, applicationsVisibleTo(actor)] },
      select: {
        id: true,
        workAuthorization: {
          select: { authorizedToWork: true, requiresSponsorship: true, answeredAt: true, formVersion: formSelect },
        },
        exportControl: {
          select: { canReceiveWithoutLicense: true, usPerson: true, answeredAt: true, formVersion: formSelect },
        },
      },
    });
    if (!application) throw new AppError("NOT_FOUND", "That application does not exist or is not visible to you.");
    const { workAuthorization, exportControl } = application;

    await recordAuditEvent(tx, {
      actor,
      action: "view.eligibility",
      subjectType: "application",
      subjectId: application.id,
      metadata: {
        workAuthorizationVersion: workAuthorization?.formVersion.version ?? null,
        exportControlVersion: exportControl?.formVersion.version ?? null,
      },
    });

    return {
      workAuthorization: workAuthorization && {
        form: { title: workAuthorization.formVersion.title, version: workAuthorization.formVersion.version },
        answeredAt: workAuthorization.answeredAt,
        answers: legalAnswers(workAuthorization.formVersion.questions, {
          authorizedToWork: workAuthorization.authorizedToWork,
          requiresSponsorship: workAuthorization.requiresSponsorship,
        }),
      },
      exportControl: exportControl && {
        form: { title: exportControl.formVersion.title, version: exportControl.formVersion.version },
        answeredAt: exportControl.answeredAt,
        answers: legalAnswers(exportControl.formVersion.questions, {
          canReceiveWithoutLicense: exportControl.canReceiveWithoutLicense,
          usPerson: exportControl.usPerson,
        }),
      },
    };
  });
}

export type EligibilityAnswers = Awaited<ReturnType<typeof getEligibilityAnswersForRecruiter>>;
