import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { authorizeApplications } from "@/lib/auth/permissions";
import { db, type DbTransaction } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { ApplicationStatus } from "@/lib/generated/prisma/enums";
import {
  applicationStateSelect,
  assertActive,
  closeApplication,
  CONFLICT_MESSAGE,
  STATUS_BY_REJECTION_KIND,
} from "./application-changes";
import {
  findRejectionReason,
  findRejectionRecipients,
  prepareRejectionEmail,
  queueRejectionEmail,
} from "./rejection-email";
import type { Rejection } from "./schema";

type RejectApplication = {
  actor: Actor;
  applicationId: string;
  expectedVersion: number;
  rejection: Rejection;
};

export type RejectedApplication = {
  applicationId: string;
  status: ApplicationStatus;
  version: number;
  /** Outbox message to deliver after the response; null when no email was asked for. */
  emailId: string | null;
};

/**
 * Ends an application as "we rejected" (REJECTED) or "candidate withdrew" (WITHDRAWN) with a
 * reason, optionally writing to the candidate. Outcome, history, audit and email commit together.
 */
export async function rejectApplication(input: RejectApplication): Promise<RejectedApplication> {
  return db.$transaction((tx) => rejectApplicationInTransaction(tx, input));
}

/** The same outcome inside the caller's transaction, for changes that must commit with it (a hiring decision). */
export async function rejectApplicationInTransaction(
  tx: DbTransaction,
  { actor, applicationId, expectedVersion, rejection }: RejectApplication,
): Promise<RejectedApplication> {
  await authorizeApplications(tx, actor, "application.reject", [applicationId]);
  const current = await tx.application.findUniqueOrThrow({
    where: { id: applicationId },
    select: applicationStateSelect,
  });
  if (current.version !== expectedVersion) throw new AppError("CONFLICT", CONFLICT_MESSAGE);
  assertActive(current);
  const reason = await findRejectionReason(tx, rejection.reasonId, rejection.kind);

  const recipient = rejection.email
    ? (await findRejectionRecipients(tx, [applicationId])).get(applicationId)
    : undefined;
  const emailId =
    rejection.email && recipient
      ? await queueRejectionEmail(tx, {
          actor,
          recipient,
          email: await prepareRejectionEmail(tx, rejection.email),
          kind: reason.kind,
        })
      : null;
  const version = await closeApplication(tx, {
    actor,
    from: current,
    reason,
    emailQueued: emailId !== null,
    now: new Date(),
  });
  return { applicationId, status: STATUS_BY_REJECTION_KIND[reason.kind], version, emailId };
}
