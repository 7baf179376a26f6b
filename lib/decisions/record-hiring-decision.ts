import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { assertCan, authorizeApplications } from "@/lib/auth/permissions";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db, type DbTransaction } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { DecisionKind } from "@/lib/generated/prisma/enums";
import { lockApplications } from "@/lib/pipeline/application-changes";
import { moveApplicationStageInTransaction } from "@/lib/pipeline/move-application-stage";
import { rejectApplicationInTransaction } from "@/lib/pipeline/reject-application";
import type { HiringDecisionInput } from "./schema";
import { decisionTargets } from "./decision-targets";

type RecordHiringDecision = {
  actor: Actor;
  applicationId: string;
  /** Application.version as the decision view showed it. */
  expectedVersion: number;
  decision: HiringDecisionInput;
};

export type RecordedHiringDecision = {
  decisionId: string;
  kind: DecisionKind;
  version: number;
  /** The stage the application is in now (unchanged by a rejection). */
  stageName: string;
  /** Outbox message to deliver after the response (a rejection email), or null. */
  emailId: string | null;
};

/**
 * The panel's outcome: advance to the next stage, reject with a reason (and optional email), or
 * move to the offer stage. The pipeline change, the decision row and its audit event commit in
 * one transaction, so a decision is on the timeline exactly when its move or rejection happened.
 */
export async function recordHiringDecision({
  actor,
  applicationId,
  expectedVersion,
  decision,
}: RecordHiringDecision): Promise<RecordedHiringDecision> {
  assertCan(actor, "hiring.decide");
  return db.$transaction(async (tx) => {
    await authorizeApplications(tx, actor, "hiring.decide", [applicationId]);
    const outcome = await applyDecision(tx, { actor, applicationId, expectedVersion, decision });
    const row = await tx.hiringDecision.create({
      data: { applicationId, decidedById: actor.userId, kind: decision.kind, note: decision.note },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      actor,
      action: "application.decided",
      subjectType: "application",
      subjectId: applicationId,
      metadata: { decisionId: row.id, kind: decision.kind, stageName: outcome.stageName, version: outcome.version },
    });
    return { decisionId: row.id, kind: decision.kind, ...outcome };
  });
}

export const DECISION_CONFLICT_MESSAGE =
  "Someone else changed this candidate's stage or status a moment ago, so nothing was decided. The page has been refreshed: check it and decide again.";

async function applyDecision(
  tx: DbTransaction,
  { actor, applicationId, expectedVersion, decision }: RecordHiringDecision,
) {
  // Locked for the rest of the transaction: the targets below are computed from this read, so
  // the move must apply to exactly this state.
  const [locked] = await lockApplications(tx, [applicationId]);
  if (!locked || locked.version !== expectedVersion) throw new AppError("CONFLICT", DECISION_CONFLICT_MESSAGE);
  const stages = await tx.stage.findMany({
    where: { jobId: locked.jobId },
    select: { id: true, name: true, kind: true, position: true },
  });
  const current = stages.find((stage) => stage.id === locked.stageId);
  if (!current) throw new AppError("NOT_FOUND", "That application does not exist or is not visible to you.");

  if (decision.kind === "REJECT") {
    const rejected = await rejectApplicationInTransaction(tx, {
      actor,
      applicationId,
      expectedVersion,
      rejection: decision.rejection,
    });
    return { version: rejected.version, stageName: current.name, emailId: rejected.emailId };
  }
  const targets = decisionTargets(current, stages);
  const target = decision.kind === "ADVANCE" ? targets.next : targets.offer;
  if (!target) {
    const message =
      decision.kind === "ADVANCE"
        ? "The candidate is already in the last stage of this job."
        : "This job has no offer stage after the candidate's current stage.";
    throw new AppError("VALIDATION", message, { kind: [message] });
  }
  const moved = await moveApplicationStageInTransaction(tx, {
    actor,
    applicationId,
    toStageId: target.id,
    expectedVersion,
  });
  return { version: moved.version, stageName: target.name, emailId: null };
}
