import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db, type DbTransaction } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { ErasureSource } from "@/lib/generated/prisma/enums";
import { anonymizeIdentities } from "./anonymize-identities";
import { removeErasedFiles } from "./remove-erased-files";
import { scrubApplicationRecords, type ApplicationScrubCounts } from "./scrub-application-records";
import { candidateOrderKey, enqueueWebhookEvent } from "@/lib/webhooks/enqueue-webhook-event";
import { candidateErasedData } from "@/lib/webhooks/payload";
import { scrubEmailOutbox } from "./scrub-email-outbox";

export type ErasureOptions = {
  candidateId: string;
  source: ErasureSource;
  /** The admin who asked; absent when the retention job or a candidate's request runs it. */
  actor?: Actor;
  /** The request being carried out, when there is one. */
  erasureRequestId?: string;
};

export type ErasureResult =
  | { status: "ON_HOLD"; candidateId: string }
  | {
      status: "COMPLETED";
      candidateId: string;
      alreadyAnonymized: boolean;
      counts: ApplicationScrubCounts & { applications: number; emails: number; records: number };
    };

/**
 * Erases a person: the candidate record becomes "Anonymized #N", and everything that identifies
 * or describes them goes (see scrubApplicationRecords for what stays for the statistics). A legal
 * hold stops it: the request is put ON_HOLD and nothing else changes. Running it again on an
 * erased person changes nothing they could be found by, and finishes whatever was left.
 *
 * The database work is one transaction; the files are removed after it commits (a storage
 * failure cannot undo an erasure half-way), and a removal that fails is retried by the next run.
 */
export async function eraseCandidate(options: ErasureOptions): Promise<ErasureResult> {
  const { result, storageKeys } = await db.$transaction((tx) => eraseCandidateInTransaction(tx, options), {
    timeout: 60_000,
  });
  await removeErasedFiles(storageKeys);
  return result;
}

/**
 * The database half of eraseCandidate, for a caller that owns the transaction. It must pass the
 * returned storage keys to removeErasedFiles once that transaction has committed.
 */
export async function eraseCandidateInTransaction(
  tx: DbTransaction,
  options: ErasureOptions,
): Promise<{ result: ErasureResult; storageKeys: string[] }> {
  const candidate = await lockCandidate(tx, options.candidateId);
  if (candidate.legalHold) {
    await holdRequests(tx, candidate.id, options);
    return { result: { status: "ON_HOLD", candidateId: candidate.id }, storageKeys: [] };
  }

  // Records merged into this one hold the same person's earlier identity.
  const merged = await tx.candidate.findMany({
    where: { mergedIntoId: candidate.id },
    select: { id: true, email: true },
  });
  const records = [{ id: candidate.id, email: candidate.email }, ...merged];
  const candidateIds = records.map((record) => record.id);
  const applications = await tx.application.findMany({
    where: { candidateId: { in: candidateIds } },
    select: { id: true },
  });
  const applicationIds = applications.map((application) => application.id);
  const interviews = await tx.interview.findMany({
    where: { applicationId: { in: applicationIds } },
    select: { id: true },
  });

  await anonymizeIdentities(tx, candidateIds);
  const { counts, storageKeys } = await scrubApplicationRecords(tx, applicationIds);
  const emails = await scrubEmailOutbox(
    tx,
    {
      candidateIds,
      emails: records.map((record) => record.email),
      applicationIds,
      interviewIds: interviews.map((interview) => interview.id),
    },
    candidate.id,
  );
  await completeRequests(tx, candidate.id, candidate.alreadyAnonymized, options);

  const summary = { ...counts, applications: applicationIds.length, emails, records: records.length };
  // Downstream systems erase their copies too; an erasure run again (already anonymized) says nothing new.
  if (!candidate.alreadyAnonymized)
    await enqueueWebhookEvent(tx, {
      type: "candidate.erased",
      orderKey: candidateOrderKey(candidate.id),
      data: () => candidateErasedData(candidate.id, applicationIds),
    });
  await recordAuditEvent(tx, {
    actor: options.actor ?? { kind: "system" },
    action: "candidate.erased",
    subjectType: "candidate",
    subjectId: candidate.id,
    // Counts only: the log must not keep what the erasure removed.
    metadata: {
      source: options.source,
      erasureRequestId: options.erasureRequestId ?? null,
      alreadyAnonymized: candidate.alreadyAnonymized,
      ...summary,
    },
  });
  return {
    result: {
      status: "COMPLETED",
      candidateId: candidate.id,
      alreadyAnonymized: candidate.alreadyAnonymized,
      counts: summary,
    },
    storageKeys,
  };
}

/** Locks the person (a merged duplicate stands for the record it was merged into). */
async function lockCandidate(tx: DbTransaction, candidateId: string) {
  const found = await tx.candidate.findUnique({ where: { id: candidateId }, select: { id: true, mergedIntoId: true } });
  if (!found) throw new AppError("NOT_FOUND", "That candidate does not exist.");
  const id = found.mergedIntoId ?? found.id;
  // Serializes erasure with merges, legal-hold changes and another erasure of the same person.
  await tx.$queryRaw`SELECT "id" FROM "Candidate" WHERE "id" = ${id} FOR UPDATE`;
  const row = await tx.candidate.findUniqueOrThrow({
    where: { id },
    select: { id: true, email: true, legalHold: true, anonymizedAt: true },
  });
  return { ...row, alreadyAnonymized: row.anonymizedAt !== null };
}

async function holdRequests(tx: DbTransaction, candidateId: string, options: ErasureOptions) {
  const held = await tx.erasureRequest.updateMany({
    where: { candidateId, status: { in: ["PENDING", "ON_HOLD"] } },
    data: { status: "ON_HOLD" },
  });
  // A request that came with no row (the retention job, an admin) is kept, so it runs once the
  // hold is lifted and the admin page shows what the hold stopped.
  if (held.count === 0)
    await tx.erasureRequest.create({
      data: { candidateId, source: options.source, status: "ON_HOLD" },
      select: { id: true },
    });
}

async function completeRequests(
  tx: DbTransaction,
  candidateId: string,
  alreadyAnonymized: boolean,
  options: ErasureOptions,
) {
  const completedAt = new Date();
  const completed = await tx.erasureRequest.updateMany({
    where: { candidateId, status: { in: ["PENDING", "ON_HOLD"] } },
    data: { status: "COMPLETED", completedAt },
  });
  // A re-run on an erased person leaves no second record of an erasure that already happened.
  if (completed.count === 0 && !alreadyAnonymized) {
    await tx.erasureRequest.create({
      data: { candidateId, source: options.source, status: "COMPLETED", completedAt },
      select: { id: true },
    });
  }
}
